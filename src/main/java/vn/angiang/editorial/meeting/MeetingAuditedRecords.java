package vn.angiang.editorial.meeting;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.audit.AuditedRecords;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Coded;

/** Meetings in the shared trail reader ({@code /api/audit/meeting-convocation/{id}}), read as {@link MeetingAccess} says. */
@Component
public record MeetingAuditedRecords(MeetingAccess access) implements AuditedRecords<Meeting> {

    @Override
    public String processKey() {
        return MeetingService.PROCESS_KEY;
    }

    @Override
    public Optional<Meeting> readable(String recordKey, Actor reader) {
        if (recordKey == null || !recordKey.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return access.readable(Long.parseLong(recordKey), reader);
    }

    @Override
    public Summary summary(Meeting record) {
        return new Summary(record.key(), record.kind().label() + ": " + record.title(), record.status());
    }

    @Override
    public String actionLabel(AuditEntry entry) {
        return Coded.byCode(MeetingAction.class, entry.action()).map(MeetingAction::label).orElse(entry.action());
    }
}
