package vn.angiang.editorial.platform.papers;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A paper in the register: its number and symbol, the record it belongs to, who issued and who signed
 * it. Its files are read with {@link Papers#file}.
 *
 * @param symbol     as printed after "Số:": {@code 12/GM-BBT}
 * @param title      the abstract line (trích yếu)
 * @param issuedOn   the date printed on the paper (the board's time zone)
 * @param issuedBy   the user who issued it in the system
 * @param signedBy   the signer's name as printed
 * @param signature  the authority lines as printed, joined by " / " ({@code KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN})
 * @param signedFor  for whom a deputy signed ({@code TRƯỞNG BAN}), or null
 */
public record IssuedPaper(long id, PaperKind kind, int year, int number, String symbol, String processKey,
        String recordKey, String title, LocalDate issuedOn, OffsetDateTime issuedAt, String issuedBy,
        String signedBy, String signature, String signedFor, String delegationRef) {

    /** A file name for a download: {@code 12-GM-BBT.pdf}. */
    public String fileName(PaperFormat format) {
        return symbol.replace('/', '-') + "." + format.extension();
    }
}
