package vn.angiang.editorial.platform.papers;

import java.util.List;

/**
 * Who issues the papers, as the top left of every paper names it (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 *
 * @param parent    the governing body, in capitals: {@code UBND TỈNH AN GIANG}
 * @param nameLines the issuing body's name in capitals, one entry per printed line (a long name is
 *                  broken where an official would break it, not where the column happens to end)
 * @param code      its abbreviation in the symbol: {@code BBT} in {@code 12/GM-BBT}
 * @param place     the place name of the date line: {@code An Giang}
 */
public record IssuingBody(String parent, List<String> nameLines, String code, String place) {

    public IssuingBody {
        nameLines = List.copyOf(nameLines);
    }

    /** The name on one line: {@code BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ}. */
    public String name() {
        return String.join(" ", nameLines);
    }
}
