package vn.angiang.editorial.content;

import java.time.OffsetDateTime;

/** One row of the audit trail: who decided what, in which role, for whom, when, at which step. */
public record DecisionRecord(
        String taskKey,
        String taskId,
        String actorId,
        String actorRole,
        String actingFor,
        OffsetDateTime decidedAt,
        Outcome outcome,
        String comment,
        int contentVersion) {
}
