package vn.angiang.editorial.content;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.audit.AuditAccess;
import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.audit.AuditedRecords;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Coded;

/**
 * Submissions in the shared trail reader: the key is the submission's id; the board and those who oversee
 * it read every trail, a submitter the trail of its own submissions (the head is legally responsible for
 * what is published, Đ7.1; the submitter follows what became of its work).
 */
@Component
public record ContentAuditedRecords(ContentRepository repository, AuditAccess access) implements AuditedRecords<Submission> {

    @Override
    public String processKey() {
        return ContentVariables.PROCESS_KEY;
    }

    @Override
    public Optional<Submission> readable(String recordKey, Actor reader) {
        return id(recordKey).flatMap(repository::find)
                .filter(s -> access.readsEveryTrail(reader) || s.submitterId().equals(reader.userId()));
    }

    @Override
    public Summary summary(Submission record) {
        return new Summary(ContentTrail.key(record.id()), record.title(), record.status());
    }

    /** A decision reads as its outcome, a status entry as the status. */
    @Override
    public String actionLabel(AuditEntry entry) {
        if (ContentTrail.isStatus(entry)) {
            return SubmissionStatus.valueOf(entry.detail()).label();
        }
        return Coded.byCode(Outcome.class, entry.action()).map(Outcome::label).orElse(entry.action());
    }

    private static Optional<Long> id(String recordKey) {
        if (recordKey == null || !recordKey.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(recordKey));
    }
}
