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
 * @param amount     coefficient × unit value, rounded as {@link Money} says; 0 until scored
 */
public record RoyaltyWork(long id, int position, long publishedItemId, long submissionId, String itemKey, String title,
        String fieldCode, String fieldGroup, String kind, LocalDate publishedOn, long unitValue, long baseSalary,
        String baseSalarySource, BigDecimal proposedCoefficient, String proposedBy, BigDecimal coefficient, long amount,
        List<RoyaltyShare> shares) {

    public RoyaltyWork {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    /** What is paid for the work: the sum of its shares (0 for a share not paid). */
    public long paid() {
        return shares.stream().mapToLong(RoyaltyShare::amount).sum();
    }
}
