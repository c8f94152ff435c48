package vn.angiang.editorial.feedback;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.process.Actor;

/**
 * A piece of feedback's part of the shared audit trail: every step (action: what was decided; detail: the
 * agency concerned, for routing steps). The record key is the tracking code.
 */
@Component
public class FeedbackTrail {

    private final AuditTrail trail;

    public FeedbackTrail(AuditTrail trail) {
        this.trail = trail;
    }

    /** {@code actor} did {@code outcome} to the feedback {@code trackingCode} at the step {@code step}. */
    void add(String trackingCode, String step, Actor actor, String outcome, String comment, String agencyGroup,
            OffsetDateTime at) {
        trail.record(FeedbackVariables.PROCESS_KEY, trackingCode, step, actor,
                AuditFact.of(outcome, at).withComment(comment).withDetail(agencyGroup));
    }

    List<FeedbackEvent> events(String trackingCode) {
        return trail.entries(FeedbackVariables.PROCESS_KEY, trackingCode).stream().map(FeedbackEvent::of).toList();
    }
}
