package vn.angiang.editorial.feedback;

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
 * The two tables of {@code feedback-routing.dmn}: the proposed agency ({@value #AGENCY}) and the deadline
 * of each step ({@value #DEADLINE}). Java only reads the answers.
 *
 * <p>In the application the latest <em>deployed</em> tables are evaluated (a process owner's new version
 * applies at once) through the engine's DMN engine: an internal look-up, no authorization needed, no
 * history entry written.
 */
public class DmnFeedbackRules implements FeedbackRules {

    public static final String AGENCY = "feedback-agency";
    public static final String DEADLINE = "feedback-deadline";

    private final BiFunction<String, VariableMap, DmnDecisionResult> evaluator;

    public DmnFeedbackRules(BiFunction<String, VariableMap, DmnDecisionResult> evaluator) {
        this.evaluator = evaluator;
    }

    public static DmnFeedbackRules deployed(ProcessEngineConfigurationImpl configuration) {
        return new DmnFeedbackRules((key, variables) -> configuration.getCommandExecutorTxRequired()
                .execute(context -> {
                    DmnDecision decision = (DmnDecision) configuration.getDeploymentCache()
                            .findDeployedLatestDecisionDefinitionByKey(key);
                    return configuration.getDmnEngine().evaluateDecision(decision, variables);
                }));
    }

    /** The tables of a DMN file, with a stand-alone DMN engine (tests, tools). */
    public static DmnFeedbackRules fromModel(InputStream dmn) {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        var decisions = engine.parseDecisions(dmn);
        return new DmnFeedbackRules((key, variables) -> engine.evaluateDecision(decisions.stream()
                .filter(d -> d.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no decision " + key)), variables));
    }

    @Override
    public Optional<String> proposedAgency(String topic, String area) {
        DmnDecisionResult result = evaluator.apply(AGENCY,
                Variables.createVariables().putValue("topic", topic).putValue("area", area));
        return result.isEmpty() ? Optional.empty() : Optional.ofNullable(result.getSingleResult().getEntry("agencyGroup"));
    }

    @Override
    public Deadline deadline(String step) {
        DmnDecisionResult result = evaluator.apply(DEADLINE, Variables.createVariables().putValue("step", step));
        if (result.isEmpty()) {
            throw new IllegalStateException("Bảng " + DEADLINE + " không có thời hạn cho bước " + step);
        }
        Number days = result.getSingleResult().getEntry("days");
        String kind = result.getSingleResult().getEntry("dayKind");
        return new Deadline(days.intValue(), "working".equals(kind));
    }
}
