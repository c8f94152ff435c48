package vn.angiang.editorial.platform.papers;

import java.time.LocalDate;

/**
 * A paper as it is printed: the draft with the body that issues it, its number and its date.
 *
 * @param number the number in its series, or null for a preview (the line then reads "Số:    /GM-BBT",
 *               as a draft on paper does)
 */
record Paper(IssuingBody issuer, PaperDraft draft, Integer number, LocalDate date) {

    /** {@code 12/GM-BBT} (Nghị định 30/2020/NĐ-CP, Phụ lục I: number, kind, issuing body) */
    static String symbol(int number, PaperKind kind, IssuingBody issuer) {
        return number + suffix(kind, issuer);
    }

    private static String suffix(PaperKind kind, IssuingBody issuer) {
        return "/" + kind.abbreviation() + "-" + issuer.code();
    }

    /** {@code Số: 12/GM-BBT} */
    String numberLine() {
        return "Số: " + (number == null ? "\u00a0".repeat(8) + suffix(draft.kind(), issuer)
                : symbol(number, draft.kind(), issuer));
    }

    /** {@code An Giang, ngày 02 tháng 12 năm 2026} */
    String dateLine() {
        return OfficialDate.line(issuer.place(), date);
    }
}
