package vn.angiang.editorial.platform.audit;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What is recorded about one action besides who did it and where: the action's code and when it
 * happened, and what else the process knows of it. Built with {@link #of} and the {@code with...} steps.
 */
public record AuditFact(String action, OffsetDateTime at, String taskId, String comment, String detail,
        Integer contentVersion) {

    public AuditFact {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }

    public static AuditFact of(String action, OffsetDateTime at) {
        return new AuditFact(action, at, null, null, null, null);
    }

    /** The user task that was worked or is concerned. */
    public AuditFact withTask(String id) {
        return new AuditFact(action, at, id, comment, detail, contentVersion);
    }

    public AuditFact withComment(String text) {
        return new AuditFact(action, at, taskId, text, detail, contentVersion);
    }

    /** What the action concerns, as a code (an agency, a status). */
    public AuditFact withDetail(String code) {
        return new AuditFact(action, at, taskId, comment, code, contentVersion);
    }

    public AuditFact withContentVersion(Integer version) {
        return new AuditFact(action, at, taskId, comment, detail, version);
    }

}
