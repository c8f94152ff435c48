package vn.angiang.editorial.royalty;

/**
 * One payee's share of a work.
 *
 * @param contribution what they did (author, photographer, translator…), from the content record
 * @param percent      share of the work's amount, whole per cent; the shares of a work sum to 100
 * @param amount       VND paid to them (0 when not paid, with {@code note})
 */
public record RoyaltyShare(int position, String name, String contribution, PayeeKind payeeKind, boolean outsideDuty,
        int percent, long amount, String note) {
}
