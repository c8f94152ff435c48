package vn.angiang.editorial.royalty;

/**
 * One payee's share of a work.
 *
 * @param contribution what they did (author, photographer, translator…), from the content record
 * @param percent      share of the work's amount, whole per cent; the shares of a work sum to 100
 * @param amount       VND paid to them (0 when not paid, with {@code note})
 * @param payeeId      the payee of the register, when the IT center named one; else the payee is known by name
 */
public record RoyaltyShare(int position, String name, String contribution, PayeeKind payeeKind, boolean outsideDuty,
        int percent, long amount, String note, Long payeeId) {

    /** A share of a payee known by name only. */
    public RoyaltyShare(int position, String name, String contribution, PayeeKind payeeKind, boolean outsideDuty,
            int percent, long amount, String note) {
        this(position, name, contribution, payeeKind, outsideDuty, percent, amount, note, null);
    }

    /** Who is paid: the payee of the register ("#12"), else the name. */
    public String payeeKey() {
        return PayeeTotals.key(payeeId, name);
    }
}
