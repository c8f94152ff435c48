package vn.angiang.editorial.royalty;

import java.math.BigDecimal;
import java.util.List;

/** What officials enter on a statement, as the forms and the REST API send it. */
public final class RoyaltyInputs {

    private RoyaltyInputs() {
    }

    /** The member's proposal for one work of their field (Đ10.9). */
    public record Proposal(Long workId, String title, String kind, String frame, BigDecimal coefficient) {
    }

    /**
     * The IT center's scoring of one work (Đ11.6): kind, coefficient and who is paid by which share.
     *
     * @param workId         a line of the statement being scored; null on a correction line
     * @param correctsWorkId on a supplementary statement, a work already on an approved statement of the month
     *                       (its original line): changed, it becomes a correction line for the difference;
     *                       unchanged, it is left out of the statement
     * @param note           shown only: why the line is there
     */
    public record WorkScore(Long workId, String title, String kind, BigDecimal coefficient, List<ShareInput> shares,
            Long correctsWorkId, String note) {

        public WorkScore(Long workId, String title, String kind, BigDecimal coefficient, List<ShareInput> shares) {
            this(workId, title, kind, coefficient, shares, null, null);
        }
    }

    /**
     * One payee of a work.
     *
     * @param payeeKind   a {@link PayeeKind} code
     * @param payeeId     optional: the payee of the register, so that two people of the same name are told apart
     * @param outsideDuty for a board member or the secretariat: the work is outside their duties (Đ17.2)
     * @param percent     whole per cent; a work's shares sum to 100
     */
    public record ShareInput(String name, String contribution, String payeeKind, Boolean outsideDuty, Integer percent,
            Long payeeId) {

        public ShareInput(String name, String contribution, String payeeKind, Boolean outsideDuty, Integer percent) {
            this(name, contribution, payeeKind, outsideDuty, percent, null);
        }
    }

    /**
     * The IT center's record of the payment to one payee (Đ11.7). The amounts are shown from the statement; when
     * sent they must match it.
     *
     * @param method a {@link PaymentMethod} code
     */
    public record PaymentInput(String payeeName, Long gross, Long tax, Long net, String method, String reference,
            Long payeeId) {

        public PaymentInput(String payeeName, Long gross, Long tax, Long net, String method, String reference) {
            this(payeeName, gross, tax, net, method, reference, null);
        }
    }

    /** A payee entered in the register. */
    public record PayeeInput(String fullName, String payeeKind, String taxCode, String idNumber, String userId) {

        public PayeeInput(String fullName, String payeeKind, String taxCode, String idNumber) {
            this(fullName, payeeKind, taxCode, idNumber, null);
        }
    }

    /** A payee's bank account. */
    public record BankInput(String bankName, String accountNumber, String accountHolder) {
    }
}
