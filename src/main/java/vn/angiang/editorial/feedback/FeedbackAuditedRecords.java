package vn.angiang.editorial.feedback;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.audit.AuditAccess;
import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.audit.AuditedRecords;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Coded;

/**
 * Feedback in the shared trail reader: the key is the tracking code; the board and those who oversee it
 * read every trail, nobody else (the sender is a citizen without an account, agencies work from their
 * tasks). The sender's contact details are for the IT center only, who may have to call or write back.
 */
@Component
public record FeedbackAuditedRecords(FeedbackRepository repository, AuditAccess access, OrgDirectory org) implements AuditedRecords<Feedback> {

    @Override
    public String processKey() {
        return FeedbackVariables.PROCESS_KEY;
    }

    /** Whether {@code reader} reads the trails of feedback at all. */
    public boolean readsAny(Actor reader) {
        return access.readsEveryTrail(reader);
    }

    /** Whether {@code reader} sees the sender's name, address, phone and e-mail with the trail. */
    public boolean seesSenderContact(Actor reader) {
        return org.holds(reader.memberOf(), BoardRole.IT_CENTER);
    }

    @Override
    public Optional<Feedback> readable(String recordKey, Actor reader) {
        if (!readsAny(reader)) {
            return Optional.empty();
        }
        return TrackingCodes.parse(recordKey).flatMap(repository::findByTrackingCode);
    }

    @Override
    public Summary summary(Feedback record) {
        return new Summary(record.trackingCode(), record.subject(), record.status());
    }

    @Override
    public String actionLabel(AuditEntry entry) {
        return Coded.byCode(FeedbackAction.class, entry.action()).map(FeedbackAction::label).orElse(entry.action());
    }
}
