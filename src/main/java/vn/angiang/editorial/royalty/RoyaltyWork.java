package vn.angiang.editorial.royalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A published work on a statement, as it was when the statement was drafted.
 *
 * @param fieldGroup the group of the member owning the work's field (who proposes its coefficient, Đ10.9)
 * @param kind       the kind of work of {@code royalty-rules.yaml} (news, interview…)
 * @param unitValue  10 % of the base salary in force on {@code publishedOn} (NĐ 18/2014/NĐ-CP)
 * @param amount     coefficient × unit value, rounded as {@link Money} says; 0 until scored. On a correction line,
 *                   the difference from what the month's approved statements give for the work (may be negative)
 * @param correctsWorkId on a correction line of a supplementary statement, the original line of the work it
 *                   corrects (coefficient, kind and shares are then the corrected ones); else null
 */
public record RoyaltyWork(long id, int position, long publishedItemId, long submissionId, String itemKey, String title,
        String fieldCode, String fieldGroup, String kind, LocalDate publishedOn, long unitValue, long baseSalary,
        String baseSalarySource, BigDecimal proposedCoefficient, String proposedBy, BigDecimal coefficient, long amount,
        List<RoyaltyShare> shares, Long correctsWorkId) {

    public RoyaltyWork {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    /** A work line of its own (not a correction). */
    public RoyaltyWork(long id, int position, long publishedItemId, long submissionId, String itemKey, String title,
            String fieldCode, String fieldGroup, String kind, LocalDate publishedOn, long unitValue, long baseSalary,
            String baseSalarySource, BigDecimal proposedCoefficient, String proposedBy, BigDecimal coefficient,
            long amount, List<RoyaltyShare> shares) {
        this(id, position, publishedItemId, submissionId, itemKey, title, fieldCode, fieldGroup, kind, publishedOn,
                unitValue, baseSalary, baseSalarySource, proposedCoefficient, proposedBy, coefficient, amount, shares,
                null);
    }

    public boolean correction() {
        return correctsWorkId != null;
    }

    /** The title as the statement prints it: a correction line says which approved line it corrects. */
    public String label() {
        return correction() ? "Điều chỉnh dòng " + correctsWorkId + " đã duyệt: " + title : title;
    }

    /** The same line with other position, kind, coefficient, amount and shares. */
    public RoyaltyWork with(int position, String kind, BigDecimal coefficient, long amount, List<RoyaltyShare> shares,
            Long correctsWorkId) {
        return new RoyaltyWork(id, position, publishedItemId, submissionId, itemKey, title, fieldCode, fieldGroup,
                kind, publishedOn, unitValue, baseSalary, baseSalarySource, proposedCoefficient, proposedBy,
                coefficient, amount, shares, correctsWorkId);
    }

    /** What is paid for the work: the sum of its shares (0 for a share not paid). */
    public long paid() {
        return shares.stream().mapToLong(RoyaltyShare::amount).sum();
    }
}
