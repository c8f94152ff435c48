package vn.angiang.editorial.platform.audit;

import java.time.OffsetDateTime;

/**
 * One row of the audit trail as it was written (table {@code audit_entry}, see {@code V4__audit_trail.sql}).
 *
 * @param element        the BPMN element: a user task's definition key or an activity id
 * @param actingFor      for whom the actor acted (user ids, comma-separated), or null
 * @param delegationRef  the delegation that allowed it, or null
 * @param action         what was done, as a code of the process
 * @param detail         what the action concerns, as a code (an agency, a status), or null
 * @param contentVersion the version of the content the action saw, or null
 */
public record AuditEntry(
        long id,
        String processKey,
        String recordKey,
        String element,
        String taskId,
        String actorId,
        String actorGroup,
        String actingFor,
        String delegationRef,
        OffsetDateTime occurredAt,
        String action,
        String comment,
        String detail,
        Integer contentVersion) {
}
