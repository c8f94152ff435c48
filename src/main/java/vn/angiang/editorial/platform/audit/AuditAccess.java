package vn.angiang.editorial.platform.audit;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.security.AuthorizationTable;
import vn.angiang.editorial.platform.process.Actor;

/** Who reads every record's trail, whatever the process: the board, those who oversee it, administrators. */
@Component
public class AuditAccess {

    private final OrgDirectory org;

    public AuditAccess(OrgDirectory org) {
        this.org = org;
    }

    /** Whether {@code reader} belongs to a group of the board or its oversight, or administers the engine. */
    public boolean readsEveryTrail(Actor reader) {
        return reader.memberOf() != null && (org.anyOfKind(reader.memberOf(), AuthorizationTable.AUDIT_READERS)
                || reader.memberOf().contains(Groups.CAMUNDA_ADMIN));
    }
}
