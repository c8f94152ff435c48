package vn.angiang.editorial.content;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.BiFunction;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Routing by the three decision tables of {@code content-routing.dmn}: who appraises
 * ({@value #APPRAISER}), whether the head approves ({@value #HEAD_APPROVAL}), and the working days per
 * step ({@value #DEADLINE}). Java only assembles the answers; the rules are in the tables.
 *
 * <p>In the application the latest <em>deployed</em> tables are evaluated (a process owner's new
 * version applies at once), through the engine's DMN engine: no authorization is needed for this
 * internal look-up and no history entry is written for it.
 */
public class DmnContentRouting implements ContentRouting {

    public static final String APPRAISER = "content-appraiser";
    public static final String HEAD_APPROVAL = "content-head-approval";
    public static final String DEADLINE = "content-deadline";

    private final BiFunction<String, VariableMap, DmnDecisionResult> evaluator;

    public DmnContentRouting(BiFunction<String, VariableMap, DmnDecisionResult> evaluator) {
        this.evaluator = evaluator;
    }

    /** Evaluates the tables as deployed in the engine (latest version of each decision key). */
    public static DmnContentRouting deployed(ProcessEngineConfigurationImpl configuration) {
        return new DmnContentRouting((key, variables) -> configuration.getCommandExecutorTxRequired()
                .execute(context -> {
                    DmnDecision decision = (DmnDecision) configuration.getDeploymentCache()
                            .findDeployedLatestDecisionDefinitionByKey(key);
                    return configuration.getDmnEngine().evaluateDecision(decision, variables);
                }));
    }

    /** Evaluates the tables of a DMN file with a stand-alone DMN engine (tests, tools). */
    public static DmnContentRouting fromModel(InputStream dmn) {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        var decisions = engine.parseDecisions(dmn);
        return new DmnContentRouting((key, variables) -> {
            DmnDecision decision = decisions.stream().filter(d -> d.getKey().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no decision " + key));
            return engine.evaluateDecision(decision, variables);
        });
    }

    @Override
    public Optional<Route> route(ContentType type, String field, Urgency urgency) {
        VariableMap variables = Variables.createVariables()
                .putValue("contentType", type.code())
                .putValue("field", field)
                .putValue("urgency", urgency.code());
        DmnDecisionResult appraiser = evaluator.apply(APPRAISER, variables);
        DmnDecisionResult head = evaluator.apply(HEAD_APPROVAL, variables);
        DmnDecisionResult deadline = evaluator.apply(DEADLINE, variables);
        if (appraiser.isEmpty() || head.isEmpty() || deadline.isEmpty()) {
            return Optional.empty();
        }
        String group = appraiser.getSingleResult().getEntry("appraiserGroup");
        Boolean headRequired = head.getSingleResult().getEntry("headApprovalRequired");
        Number days = deadline.getSingleResult().getEntry("deadlineDays");
        return Optional.of(new Route(group, headRequired, days.intValue()));
    }
}
