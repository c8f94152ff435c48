package vn.angiang.editorial.content;

import java.io.InputStream;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import vn.angiang.editorial.platform.decisions.DecisionTables;

/**
 * Routing by the three decision tables of {@code content-routing.dmn}: who appraises
 * ({@value #APPRAISER}), whether the head approves ({@value #HEAD_APPROVAL}), and the working days per
 * step ({@value #DEADLINE}). Java only assembles the answers; the rules are in the tables.
 * In the application the latest deployed version is evaluated ({@link DecisionTables}).
 */
public class DmnContentRouting implements ContentRouting {

    public static final String APPRAISER = "content-appraiser";
    public static final String HEAD_APPROVAL = "content-head-approval";
    public static final String DEADLINE = "content-deadline";

    private final DecisionTables tables;

    public DmnContentRouting(DecisionTables tables) {
        this.tables = tables;
    }

    /** The tables as deployed in the engine (latest version of each decision key). */
    public static DmnContentRouting deployed(ProcessEngineConfigurationImpl configuration) {
        return new DmnContentRouting(DecisionTables.deployed(configuration));
    }

    /** The tables of a DMN file (tests, tools). */
    public static DmnContentRouting fromModel(InputStream dmn) {
        return new DmnContentRouting(DecisionTables.fromModel(dmn));
    }

    @Override
    public Optional<Route> route(ContentType type, String field, Urgency urgency) {
        VariableMap variables = Variables.createVariables()
                .putValue("contentType", type.code())
                .putValue("field", field)
                .putValue("urgency", urgency.code());
        DmnDecisionResult appraiser = tables.evaluate(APPRAISER, variables);
        DmnDecisionResult head = tables.evaluate(HEAD_APPROVAL, variables);
        DmnDecisionResult deadline = tables.evaluate(DEADLINE, variables);
        if (appraiser.isEmpty() || head.isEmpty() || deadline.isEmpty()) {
            return Optional.empty();
        }
        String group = appraiser.getSingleResult().getEntry("appraiserGroup");
        Boolean headRequired = head.getSingleResult().getEntry("headApprovalRequired");
        Number days = deadline.getSingleResult().getEntry("deadlineDays");
        return Optional.of(new Route(group, headRequired, days.intValue()));
    }
}
