package vn.angiang.editorial.royalty;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One payment of an approved statement to one payee (Đ11.7): gross owed, personal income tax withheld, net paid
 * (net = gross − tax), how, with which reference, on which day.
 *
 * @param payeeId the payee of the register when the name matched exactly one there, else null
 */
public record RoyaltyPayment(long id, long statementId, int position, String payeeName, Long payeeId, long gross,
        long taxWithheld, long net, PaymentMethod method, String reference, LocalDate paidOn,
        OffsetDateTime recordedAt, String recordedBy) {
}
