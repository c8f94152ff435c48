package vn.angiang.editorial.content;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.process.Actor;

/**
 * A submission's part of the shared audit trail: its decisions (action: the {@link Outcome}) and its
 * status history (action {@value #STATUS}, detail: the {@link SubmissionStatus}), both with the content
 * version they saw. The record key is the submission's id.
 */
@Component
public class ContentTrail {

    /** The action of an entry of the status history. */
    static final String STATUS = "status";

    private final AuditTrail trail;

    public ContentTrail(AuditTrail trail) {
        this.trail = trail;
    }

    /** The key of a submission in the trail. */
    public static String key(long id) {
        return Long.toString(id);
    }

    /** A decision on {@code s} (as it stands after it) at the model's element {@code element}. */
    void decision(Submission s, String element, String taskId, Actor actor, Outcome outcome, String comment,
            OffsetDateTime at) {
        trail.record(ContentVariables.PROCESS_KEY, key(s.id()), element, actor,
                AuditFact.of(outcome.code(), at).withTask(taskId).withComment(comment)
                        .withContentVersion(s.contentVersion()));
    }

    /** The status {@code s} is in now, with a note on how it got there. */
    void status(Submission s, String element, Actor actor, String note, OffsetDateTime at) {
        trail.record(ContentVariables.PROCESS_KEY, key(s.id()), element, actor,
                AuditFact.of(STATUS, at).withComment(note).withDetail(s.status().name())
                        .withContentVersion(s.contentVersion()));
    }

    List<AuditEntry> entries(long id) {
        return trail.entries(ContentVariables.PROCESS_KEY, key(id));
    }

    static boolean isStatus(AuditEntry entry) {
        return STATUS.equals(entry.action());
    }
}
