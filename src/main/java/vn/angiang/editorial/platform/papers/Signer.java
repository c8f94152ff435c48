package vn.angiang.editorial.platform.papers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who signs a paper and in what capacity, as its signature block prints it (Nghị định 30/2020/NĐ-CP,
 * Điều 13 and Phụ lục I): the authority lines in capitals, the space for the signature and seal, the
 * full name in bold.
 *
 * <pre>
 * Signer.of("Nguyễn Văn An", "TRƯỞNG BAN")                                 TRƯỞNG BAN
 * Signer.deputy("Trần Thị Bình", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN")           KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN
 * Signer.of("Nguyễn Văn An", "TRƯỞNG BAN").onBehalfOf("BAN BIÊN TẬP")      TM. BAN BIÊN TẬP / TRƯỞNG BAN
 * </pre>
 *
 * @param fullName      printed in bold under the signature
 * @param title         the signer's own title: {@code TRƯỞNG BAN}, {@code PHÓ TRƯỞNG BAN}; required
 * @param signsFor      the title of the head a deputy signs for ("KT.", ký thay), or null
 * @param onBehalfOf    the collective the signer speaks for ("TM.", thay mặt), or null
 * @param delegationRef the delegation under which a deputy signs ({@code UQ-12}); kept in the register
 *                      with the paper, not printed; or null
 */
public record Signer(String fullName, String title, String signsFor, String onBehalfOf, String delegationRef) {

    /** Titles are kept as printed, in capitals, whatever case the caller wrote them in. */
    public Signer {
        fullName = fullName == null ? null : fullName.strip();
        title = capitals(title);
        signsFor = capitals(signsFor);
        onBehalfOf = capitals(onBehalfOf);
    }

    /** The signer in their own name. */
    public static Signer of(String fullName, String title) {
        return new Signer(fullName, title, null, null, null);
    }

    /** A deputy signing for the head ("KT. TRƯỞNG BAN" over "PHÓ TRƯỞNG BAN"). */
    public static Signer deputy(String fullName, String title, String signsFor) {
        return new Signer(fullName, title, signsFor, null, null);
    }

    /** The same signer speaking for a collective ("TM. BAN BIÊN TẬP" above the rest). */
    public Signer onBehalfOf(String collective) {
        return new Signer(fullName, title, signsFor, collective, delegationRef);
    }

    /** The same signer, recording the delegation that allows it. */
    public Signer underDelegation(String reference) {
        return new Signer(fullName, title, signsFor, onBehalfOf, reference);
    }

    /** The lines above the signature, top first, as printed: {@code [KT. TRƯỞNG BAN, PHÓ TRƯỞNG BAN]}. */
    public List<String> authorityLines() {
        List<String> lines = new ArrayList<>();
        if (onBehalfOf != null) {
            lines.add("TM. " + onBehalfOf);
        }
        if (signsFor != null) {
            lines.add("KT. " + signsFor);
        }
        lines.add(title == null ? "" : title);
        return lines;
    }

    private static String capitals(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.forLanguageTag("vi-VN"));
    }
}
