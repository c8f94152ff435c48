package vn.angiang.editorial.feedback;

import java.io.InputStream;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;

import vn.angiang.editorial.platform.deadline.DayCount;
import vn.angiang.editorial.platform.deadline.Deadline;
import vn.angiang.editorial.platform.decisions.DecisionTables;

/**
 * The two tables of {@code feedback-routing.dmn}: the proposed agency ({@value #AGENCY}) and the deadline
 * of each step ({@value #DEADLINE}). Java only reads the answers.
 * In the application the latest deployed version is evaluated ({@link DecisionTables}).
 */
public class DmnFeedbackRules implements FeedbackRules {

    public static final String AGENCY = "feedback-agency";
    public static final String DEADLINE = "feedback-deadline";

    private final DecisionTables tables;

    public DmnFeedbackRules(DecisionTables tables) {
        this.tables = tables;
    }

    /** The tables as deployed in the engine (latest version of each decision key). */
    public static DmnFeedbackRules deployed(ProcessEngineConfigurationImpl configuration) {
        return new DmnFeedbackRules(DecisionTables.deployed(configuration));
    }

    /** The tables of a DMN file (tests, tools). */
    public static DmnFeedbackRules fromModel(InputStream dmn) {
        return new DmnFeedbackRules(DecisionTables.fromModel(dmn));
    }

    @Override
    public Optional<String> proposedAgency(String topic, String area, String areaAgency) {
        DmnDecisionResult result = tables.evaluate(AGENCY, Variables.createVariables().putValue("topic", topic)
                .putValue("area", area).putValue("areaAgency", areaAgency));
        // a rule with an empty output leaves the choice to the IT center: its result has no entry at all
        return result.isEmpty() ? Optional.empty()
                : Optional.ofNullable((String) result.getSingleResult().getEntryMap().get("agencyGroup"));
    }

    @Override
    public Deadline deadline(String step) {
        DmnDecisionResult result = tables.evaluate(DEADLINE, Variables.createVariables().putValue("step", step));
        if (result.isEmpty()) {
            throw new IllegalStateException("Bảng " + DEADLINE + " không có thời hạn cho bước " + step);
        }
        Number days = result.getSingleResult().getEntry("days");
        String kind = result.getSingleResult().getEntry("dayKind");
        // the legal source of each row is the rule's description in the table
        return new Deadline(days.intValue(), "working".equals(kind) ? DayCount.WORKING : DayCount.CALENDAR,
                "feedback-routing.dmn, " + DEADLINE + ", bước " + step);
    }
}
