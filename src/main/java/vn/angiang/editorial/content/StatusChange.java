package vn.angiang.editorial.content;

import java.time.OffsetDateTime;

import vn.angiang.editorial.platform.audit.AuditEntry;

/** One entry of the status history. */
public record StatusChange(SubmissionStatus status, OffsetDateTime changedAt, String changedBy, String note) {

    static StatusChange of(AuditEntry e) {
        return new StatusChange(SubmissionStatus.valueOf(e.detail()), e.occurredAt(), e.actorId(), e.comment());
    }
}
