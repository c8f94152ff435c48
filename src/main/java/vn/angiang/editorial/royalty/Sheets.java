package vn.angiang.editorial.royalty;

import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** What the royalty workbooks share: the styles (VND as "#,##0"), headers, cells, signature blocks. */
final class Sheets {

    private Sheets() {
    }

    record Styles(CellStyle title, CellStyle head, CellStyle text, CellStyle money) {
    }

    static Styles styles(Workbook book) {
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle title = book.createCellStyle();
        title.setFont(bold);
        CellStyle head = book.createCellStyle();
        head.setFont(bold);
        head.setWrapText(true);
        border(head);
        CellStyle text = book.createCellStyle();
        text.setWrapText(true);
        border(text);
        CellStyle money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        border(money);
        return new Styles(title, head, text, money);
    }

    static void header(Row row, List<String> columns, Styles st) {
        for (int c = 0; c < columns.size(); c++) {
            text(row, c, columns.get(c), st.head());
        }
    }

    /** Titles on row {@code r}, a blank space to sign, and "(Ký, ghi rõ họ tên)" under each. */
    static void signatures(Sheet sheet, int r, String[] titles, int[] columns, Styles st) {
        Row row = sheet.createRow(r);
        Row hint = sheet.createRow(r + 1);
        for (int i = 0; i < titles.length; i++) {
            text(row, columns[i], titles[i], st.title());
            text(hint, columns[i], "(Ký, ghi rõ họ tên)", null);
        }
    }

    static void widths(Sheet sheet, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
