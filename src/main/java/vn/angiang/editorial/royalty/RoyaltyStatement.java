package vn.angiang.editorial.royalty;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's statement (bảng chấm nhuận bút, thù lao) with its works and the members' fee section; {@code total} is
 * the sum of what the works pay and the fees.
 */
public record RoyaltyStatement(long id, YearMonth period, StatementKind kind, StatementStatus status,
        String processInstanceId, long total, OffsetDateTime draftedAt, String draftedBy, String scoredBy,
        String approvedBy, String approvedFor, String delegationRef, String returnComment, Long paperId,
        String paperSymbol, List<RoyaltyWork> works, List<FeeLine> fees) {

    public RoyaltyStatement {
        works = works == null ? List.of() : List.copyOf(works);
        fees = fees == null ? List.of() : List.copyOf(fees);
    }

    /** Without a fee section. */
    public RoyaltyStatement(long id, YearMonth period, StatementKind kind, StatementStatus status,
            String processInstanceId, long total, OffsetDateTime draftedAt, String draftedBy, String scoredBy,
            String approvedBy, String approvedFor, String delegationRef, String returnComment, Long paperId,
            String paperSymbol, List<RoyaltyWork> works) {
        this(id, period, kind, status, processInstanceId, total, draftedAt, draftedBy, scoredBy, approvedBy,
                approvedFor, delegationRef, returnComment, paperId, paperSymbol, works, List.of());
    }

    /** The members' fees of the statement. */
    public long feesTotal() {
        return fees.stream().mapToLong(FeeLine::amount).sum();
    }
}
