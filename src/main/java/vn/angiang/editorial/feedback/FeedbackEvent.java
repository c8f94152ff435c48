package vn.angiang.editorial.feedback;

import java.time.OffsetDateTime;

import vn.angiang.editorial.platform.audit.AuditEntry;

/**
 * One step in the trail of a piece of feedback: who did what at which step.
 *
 * @param step        the BPMN element ({@code classifyFeedback}, {@code answerFeedback}, ...)
 * @param actorId     the Camunda user id, {@code citizen} for the public form, {@code system} for timers
 * @param actorGroup  the group in which they acted
 * @param outcome     what was decided ({@code forward}, {@code not-competent}, {@code accept}, ...)
 * @param agencyGroup the agency concerned, for routing steps
 */
public record FeedbackEvent(String step, String actorId, String actorGroup, OffsetDateTime occurredAt, String outcome,
        String comment, String agencyGroup) {

    public static final String CITIZEN = "citizen";
    public static final String SYSTEM = "system";

    /** The step as the shared trail holds it ({@link FeedbackTrail}). */
    public static FeedbackEvent of(AuditEntry e) {
        return new FeedbackEvent(e.element(), e.actorId(), e.actorGroup(), e.occurredAt(), e.action(), e.comment(),
                e.detail());
    }
}
