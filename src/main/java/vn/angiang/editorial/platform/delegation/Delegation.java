package vn.angiang.editorial.platform.delegation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One delegation of the head's authority to a deputy head, as recorded from the delegation paper.
 *
 * @param reference the key the audit trail and signed papers quote ({@code UQ-12})
 * @param paperRef  number and date of the delegation paper (giấy ủy quyền)
 * @param revokedAt when it was revoked before its end, or null
 */
public record Delegation(long id, String delegatorId, String delegateId, Set<DelegationScope> scopes,
        LocalDate validFrom, LocalDate validTo, String paperRef, String createdBy, OffsetDateTime createdAt,
        String revokedBy, OffsetDateTime revokedAt) {

    public Delegation {
        scopes = Set.copyOf(scopes);
    }

    public String reference() {
        return reference(id);
    }

    static String reference(long id) {
        return "UQ-" + id;
    }

    /** Whether it allows acting in {@code scope} on {@code day}. */
    public boolean inForce(DelegationScope scope, LocalDate day) {
        return revokedAt == null && scopes.contains(scope) && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
