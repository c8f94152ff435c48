package vn.angiang.editorial.royalty;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The statement as an XLSX sheet for the accountant (streaming workbook: a month of many works stays in bounded
 * memory): Vietnamese headers, one row per payee's share, amounts as numbers formatted in VND, the total and the
 * amount in words, and the signature blocks.
 */
public final class StatementWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("TT", "Tác phẩm", "Ngày đăng", "Loại", "Hệ số", "Giá trị 1 hệ số (đồng)",
            "Người hưởng", "Đối tượng", "Tỷ lệ (%)", "Số tiền (đồng)", "Ghi chú");
    /** the first row of the table (0-based): after the title lines */
    static final int HEADER_ROW = 4;

    private StatementWorkbook() {
    }

    public static void write(RoyaltyStatement s, RoyaltyRules rules, List<PayeeTotals> payees, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("Bảng kê " + s.period());
            Sheets.Styles styles = Sheets.styles(book);
            CellStyle title = styles.title();
            CellStyle head = styles.head();
            CellStyle text = styles.text();
            CellStyle money = styles.money();
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.##"));
            Sheets.border(decimal);

            cell(sheet, 0, 0, "BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG", title);
            cell(sheet, 1, 0, "BẢNG KÊ NHUẬN BÚT, THÙ LAO THÁNG " + RoyaltyService.label(s.period())
                    + (s.paperSymbol() == null ? " (chưa phê duyệt)" : " — Số: " + s.paperSymbol()), title);
            cell(sheet, 2, 0, "Nghị định 18/2014/NĐ-CP; nhuận bút = hệ số × 10 % mức lương cơ sở áp dụng vào ngày đăng.", null);
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(head);
            }
            int r = HEADER_ROW + 1;
            for (RoyaltyWork w : s.works()) {
                String kind = rules.kind(w.kind()).map(RoyaltyRules.Kind::label).orElse(w.kind());
                boolean first = true;
                for (RoyaltyShare sh : w.shares()) {
                    Row row = sheet.createRow(r++);
                    if (first) {
                        Sheets.number(row, 0, w.position(), text);
                        Sheets.text(row, 1, w.label(), text);
                        Sheets.text(row, 2, BoardTime.DATE.format(w.publishedOn()), text);
                        Sheets.text(row, 3, kind, text);
                        if (w.coefficient() != null) {
                            Sheets.number(row, 4, w.coefficient().doubleValue(), decimal);
                        }
                        Sheets.number(row, 5, w.unitValue(), money);
                    }
                    Sheets.text(row, 6, sh.name(), text);
                    Sheets.text(row, 7, sh.payeeKind().label(), text);
                    Sheets.number(row, 8, sh.percent(), text);
                    Sheets.number(row, 9, sh.amount(), money);
                    Sheets.text(row, 10, sh.note() == null ? "" : sh.note(), text);
                    first = false;
                }
            }
            for (FeeLine f : s.fees()) {
                Row row = sheet.createRow(r++);
                Sheets.text(row, 1, "Thù lao thành viên (Đ17.1 Quy chế)", text);
                Sheets.text(row, 6, f.name(), text);
                Sheets.number(row, 9, f.amount(), money);
                Sheets.text(row, 10, f.source(), text);
            }
            Row total = sheet.createRow(r++);
            Sheets.text(total, 1, "Tổng cộng", head);
            Sheets.number(total, 9, s.total(), money);
            cell(sheet, r++, 0, "Bằng chữ: " + Money.inWords(s.total()) + ".", title);
            r++;
            Row signatures = sheet.createRow(r++);
            Sheets.text(signatures, 1, "NGƯỜI LẬP BẢNG", title);
            Sheets.text(signatures, 6, s.delegationRef() == null ? "TRƯỞNG BAN" : "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN", title);
            Row names = sheet.createRow(r + 3);
            Sheets.text(names, 1, s.scoredBy() == null ? "" : s.scoredBy(), null);
            Sheets.text(names, 6, s.approvedBy() == null ? "" : s.approvedBy(), null);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 10));
            int[] widths = {5, 40, 12, 16, 8, 14, 28, 20, 8, 16, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Sheet summary = book.createSheet("Tổng hợp người nhận");
            cell(summary, 0, 0, "TỔNG HỢP THEO NGƯỜI NHẬN THÁNG " + RoyaltyService.label(s.period())
                    + " (thuế thu nhập cá nhân khấu trừ)", title);
            Row summaryHeader = summary.createRow(2);
            List<String> columns = List.of("TT", "Người nhận", "Tổng nhuận bút (đồng)", "Thuế TNCN khấu trừ (đồng)",
                    "Thực nhận (đồng)", "Ghi chú");
            for (int c = 0; c < columns.size(); c++) {
                Sheets.text(summaryHeader, c, columns.get(c), head);
            }
            int p = 3;
            long gross = 0;
            long tax = 0;
            for (PayeeTotals payee : payees) {
                Row row = summary.createRow(p);
                Sheets.number(row, 0, p - 2, text);
                Sheets.text(row, 1, payee.name(), text);
                Sheets.number(row, 2, payee.gross(), money);
                Sheets.number(row, 3, payee.tax(), money);
                Sheets.number(row, 4, payee.net(), money);
                Sheets.text(row, 5, payee.note() == null ? "" : payee.note(), text);
                gross += payee.gross();
                tax += payee.tax();
                p++;
            }
            Row sums = summary.createRow(p);
            Sheets.text(sums, 1, "Tổng cộng", head);
            Sheets.number(sums, 2, gross, money);
            Sheets.number(sums, 3, tax, money);
            Sheets.number(sums, 4, gross - tax, money);
            int[] summaryWidths = {5, 30, 18, 18, 18, 40};
            for (int c = 0; c < summaryWidths.length; c++) {
                summary.setColumnWidth(c, summaryWidths[c] * 256);
            }
            book.write(out);
            book.dispose();
        }
    }

    private static void cell(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.createRow(r);
        Sheets.text(row, c, value, style);
    }
}
