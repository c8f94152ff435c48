package vn.angiang.editorial.content;

import java.time.OffsetDateTime;

import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.process.Coded;

/** One decision in a submission's trail: who decided what, in which role, for whom, when, at which step. */
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

    static DecisionRecord of(AuditEntry e) {
        return new DecisionRecord(e.element(), e.taskId(), e.actorId(), e.actorGroup(), e.actingFor(), e.occurredAt(),
                Coded.byCode(Outcome.class, e.action()).orElseThrow(() -> new IllegalStateException(
                        "Nhật ký tin bài #" + e.recordKey() + " có kết quả xử lý không rõ: " + e.action())),
                e.comment(), e.contentVersion() == null ? 0 : e.contentVersion());
    }
}
