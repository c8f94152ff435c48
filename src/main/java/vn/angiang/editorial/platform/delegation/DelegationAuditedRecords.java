package vn.angiang.editorial.platform.delegation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.audit.AuditAccess;
import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.audit.AuditedRecords;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Coded;

/**
 * Delegations in the shared trail reader ({@code GET /api/audit/delegation/UQ-12}): who recorded and who
 * revoked it; read by the board and those who oversee it, as the list of delegations is.
 */
@Component
public record DelegationAuditedRecords(Delegations delegations, AuditAccess access) implements AuditedRecords<Delegation> {

    /** Where a delegation stands today. */
    public enum DelegationStanding implements Coded {
        UPCOMING, IN_FORCE, ENDED, REVOKED
    }

    @Override
    public String processKey() {
        return Delegations.AUDIT_KEY;
    }

    @Override
    public Optional<Delegation> readable(String recordKey, Actor reader) {
        if (!access.readsEveryTrail(reader) || recordKey == null || !recordKey.matches("UQ-\\d{1,18}")) {
            return Optional.empty();
        }
        return delegations.find(Long.parseLong(recordKey.substring(3)));
    }

    @Override
    public Summary summary(Delegation d) {
        var today = delegations.today();
        DelegationStanding standing = d.revokedAt() != null ? DelegationStanding.REVOKED
                : today.isBefore(d.validFrom()) ? DelegationStanding.UPCOMING
                : today.isAfter(d.validTo()) ? DelegationStanding.ENDED : DelegationStanding.IN_FORCE;
        return new Summary(d.reference(), d.delegatorId() + " ủy quyền cho " + d.delegateId() + " (" + d.paperRef() + ")",
                standing);
    }

    @Override
    public String actionLabel(AuditEntry entry) {
        return switch (entry.action()) {
            case "delegate" -> "Ghi nhận ủy quyền";
            case "revoke" -> "Thu hồi ủy quyền";
            default -> entry.action();
        };
    }
}
