package vn.angiang.editorial.platform.papers;

import java.util.Collections;
import java.util.List;

/**
 * A table in a paper's body (a statement, a list of people): a header row and rows of text, each column
 * as wide as its share of {@code widths}.
 *
 * @param widths one relative width a column ({@code 1, 6, 3}: a narrow "TT" column, a wide name)
 */
public record PaperTable(List<String> header, List<List<String>> rows, List<Integer> widths) implements PaperBlock {

    public PaperTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        widths = List.copyOf(widths);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("Bảng phải có dòng tiêu đề.");
        }
        if (widths.size() != header.size() || widths.stream().anyMatch(w -> w <= 0)) {
            throw new IllegalArgumentException("Bảng có " + header.size() + " cột nhưng độ rộng cột là " + widths
                    + " (mỗi cột một số dương).");
        }
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("Bảng có " + header.size() + " cột nhưng một dòng có "
                        + row.size() + " ô: " + row);
            }
        }
    }

    /** Columns of equal width. */
    public static PaperTable of(List<String> header, List<List<String>> rows) {
        return new PaperTable(header, rows, Collections.nCopies(header.size(), 1));
    }

    /** The same table, its columns as wide as their share of {@code relative}. */
    public PaperTable withWidths(Integer... relative) {
        return new PaperTable(header, rows, List.of(relative));
    }
}
