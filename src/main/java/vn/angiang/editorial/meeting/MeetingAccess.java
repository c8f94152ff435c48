package vn.angiang.editorial.meeting;

import java.util.Optional;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.security.AuthorizationTable;

/**
 * Who reads a meeting, its papers and its trail: the board, its secretariat and those who oversee it
 * ({@link AuthorizationTable#MEETING_READERS}), administrators, and a group the meeting gave work to (that
 * meeting only). Anyone else, like an unknown id, finds nothing.
 */
@Component
public record MeetingAccess(MeetingRepository repository, OrgDirectory org) {

    /** Whether {@code reader} reads every meeting. */
    public boolean readsAll(Actor reader) {
        return reader.memberOf() != null && (org.anyOfKind(reader.memberOf(), AuthorizationTable.MEETING_READERS)
                || reader.memberOf().contains(Groups.CAMUNDA_ADMIN));
    }

    /** The meeting {@code id}, when it exists and {@code reader} may read it. */
    public Optional<Meeting> readable(long id, Actor reader) {
        return repository.find(id).filter(m -> readsAll(reader) || (reader.memberOf() != null
                && repository.followUps(id).stream().anyMatch(f -> reader.memberOf().contains(f.assigneeGroup()))));
    }
}
