package vn.angiang.editorial.royalty;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/** A month's statement (bảng chấm nhuận bút, thù lao) with its works; {@code total} is the sum of what the works pay. */
public record RoyaltyStatement(long id, YearMonth period, StatementKind kind, StatementStatus status,
        String processInstanceId, long total, OffsetDateTime draftedAt, String draftedBy, String scoredBy,
        String approvedBy, String approvedFor, String delegationRef, String returnComment, Long paperId,
        String paperSymbol, List<RoyaltyWork> works) {

    public RoyaltyStatement {
        works = works == null ? List.of() : List.copyOf(works);
    }
}
