package vn.angiang.editorial.royalty;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The payment list of a month's statement (danh sách chi trả, Đ11.7) as XLSX for the accountant: per payee the
 * gross, the personal income tax withheld and the net, with how and when it was paid once recorded, the totals,
 * the net in words and the signature blocks. Streaming workbook, as {@link StatementWorkbook}.
 */
public final class PaymentListWorkbook {

    static final List<String> HEADER = List.of("TT", "Người nhận", "Tổng nhuận bút (đồng)", "Thuế TNCN khấu trừ (đồng)",
            "Thực nhận (đồng)", "Hình thức", "Số chứng từ", "Ngày chi", "Ký nhận");
    static final int HEADER_ROW = 3;

    private PaymentListWorkbook() {
    }

    /** {@code payments} are the recorded ones; before payment (none) the rows show what is {@code owed}. */
    public static void write(RoyaltyStatement s, List<PayeeTotals> owed, List<RoyaltyPayment> payments,
            OutputStream out) throws IOException {
        List<RoyaltyPayment> rows = !payments.isEmpty() ? payments : owed.stream()
                .map(t -> new RoyaltyPayment(0, s.id(), 0, t.name(), t.payeeId(), t.gross(), t.tax(), t.net(), null,
                        null, null, null, null))
                .toList();
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheets.Styles st = Sheets.styles(book);
            Sheet sheet = book.createSheet("Danh sách chi trả " + s.period());
            Sheets.text(sheet.createRow(0), 0, "BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG", st.title());
            Sheets.text(sheet.createRow(1), 0, "DANH SÁCH CHI TRẢ NHUẬN BÚT, THÙ LAO THÁNG "
                    + RoyaltyService.label(s.period()) + (s.paperSymbol() == null ? "" : " (theo bảng kê số "
                    + s.paperSymbol() + ")"), st.title());
            Sheets.header(sheet.createRow(HEADER_ROW), HEADER, st);
            int r = HEADER_ROW + 1;
            long gross = 0;
            long tax = 0;
            for (RoyaltyPayment p : rows) {
                Row row = sheet.createRow(r);
                Sheets.number(row, 0, r - HEADER_ROW, st.text());
                Sheets.text(row, 1, p.payeeName(), st.text());
                Sheets.number(row, 2, p.gross(), st.money());
                Sheets.number(row, 3, p.taxWithheld(), st.money());
                Sheets.number(row, 4, p.net(), st.money());
                Sheets.text(row, 5, p.method() == null ? "" : p.method().label(), st.text());
                Sheets.text(row, 6, p.reference() == null ? "" : p.reference(), st.text());
                Sheets.text(row, 7, p.paidOn() == null ? "" : BoardTime.DATE.format(p.paidOn()), st.text());
                Sheets.text(row, 8, "", st.text());
                gross += p.gross();
                tax += p.taxWithheld();
                r++;
            }
            Row sums = sheet.createRow(r++);
            Sheets.text(sums, 1, "Tổng cộng", st.head());
            Sheets.number(sums, 2, gross, st.money());
            Sheets.number(sums, 3, tax, st.money());
            Sheets.number(sums, 4, gross - tax, st.money());
            Sheets.text(sheet.createRow(r++), 0, "Bằng chữ (thực nhận): " + Money.inWords(gross - tax) + ".", st.title());
            r++;
            Sheets.signatures(sheet, r, new String[] {"NGƯỜI LẬP", "KẾ TOÁN",
                    s.delegationRef() == null ? "TRƯỞNG BAN" : "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN"}, new int[] {1, 4, 6},
                    st);
            Sheets.widths(sheet, 5, 30, 18, 18, 18, 14, 22, 12, 16);
            book.write(out);
            book.dispose();
        }
    }
}
