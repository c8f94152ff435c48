package vn.angiang.editorial.royalty;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The yearly settlement of royalties (quyết toán, Đ11.7) as XLSX, from the recorded payments: a sheet per payee
 * (gross, withheld, net for the year), a sheet per month, and the list of tax withheld for the tax declaration
 * (only payments with tax withheld). Payees are told apart by their register id where the payment has one.
 */
public final class SettlementWorkbook {

    static final List<String> PAYEE_HEADER = List.of("TT", "Người nhận", "Mã người nhận", "Tổng nhuận bút (đồng)",
            "Thuế TNCN khấu trừ (đồng)", "Thực nhận (đồng)");
    static final List<String> MONTH_HEADER = List.of("Tháng", "Số lần chi", "Tổng nhuận bút (đồng)",
            "Thuế TNCN khấu trừ (đồng)", "Thực nhận (đồng)");
    static final List<String> TAX_HEADER = List.of("TT", "Người nhận", "Mã người nhận", "Tháng", "Ngày chi",
            "Thu nhập chịu thuế (đồng)", "Thuế TNCN khấu trừ (đồng)");

    private SettlementWorkbook() {
    }

    /** The totals of one payee, or one month. */
    record Sum(String label, Long payeeId, long count, long gross, long tax, long net) {
        Sum add(SettlementLine l) {
            return new Sum(label, payeeId, count + 1, gross + l.gross(), tax + l.tax(), net + l.net());
        }
    }

    /** Per payee, in order of first payment: keyed by register id, else by name. */
    static Map<String, Sum> byPayee(List<SettlementLine> lines) {
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (SettlementLine l : lines) {
            String key = l.payeeId() != null ? "#" + l.payeeId() : l.payeeName();
            sums.computeIfAbsent(key, k -> new Sum(l.payeeName(), l.payeeId(), 0, 0, 0, 0));
            sums.computeIfPresent(key, (k, s) -> s.add(l));
        }
        return sums;
    }

    static Map<YearMonth, Sum> byMonth(List<SettlementLine> lines) {
        Map<YearMonth, Sum> sums = new TreeMap<>();
        for (SettlementLine l : lines) {
            sums.computeIfAbsent(l.period(), m -> new Sum(RoyaltyService.label(m), null, 0, 0, 0, 0));
            sums.computeIfPresent(l.period(), (m, s) -> s.add(l));
        }
        return sums;
    }

    public static void write(int year, List<SettlementLine> lines, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheets.Styles st = Sheets.styles(book);

            Sheet payees = book.createSheet("Theo người nhận");
            title(payees, "TỔNG HỢP QUYẾT TOÁN NHUẬN BÚT, THÙ LAO NĂM " + year + " THEO NGƯỜI NHẬN", st);
            Sheets.header(payees.createRow(3), PAYEE_HEADER, st);
            int r = 4;
            for (Sum s : byPayee(lines).values()) {
                Row row = payees.createRow(r);
                Sheets.number(row, 0, r - 3, st.text());
                Sheets.text(row, 1, s.label(), st.text());
                Sheets.text(row, 2, s.payeeId() == null ? "" : String.valueOf(s.payeeId()), st.text());
                amounts(row, 3, s, st);
                r++;
            }
            r = totals(payees, r, 3, lines, st);
            Sheets.signatures(payees, r + 1, new String[] {"NGƯỜI LẬP", "KẾ TOÁN", "TRƯỞNG BAN"}, new int[] {1, 3, 5},
                    st);
            Sheets.widths(payees, 5, 30, 12, 18, 18, 18);

            Sheet months = book.createSheet("Theo tháng");
            title(months, "TỔNG HỢP QUYẾT TOÁN NHUẬN BÚT, THÙ LAO NĂM " + year + " THEO THÁNG", st);
            Sheets.header(months.createRow(3), MONTH_HEADER, st);
            r = 4;
            for (Sum s : byMonth(lines).values()) {
                Row row = months.createRow(r++);
                Sheets.text(row, 0, s.label(), st.text());
                Sheets.number(row, 1, s.count(), st.text());
                amounts(row, 2, s, st);
            }
            totals(months, r, 2, lines, st);
            Sheets.widths(months, 12, 12, 18, 18, 18);

            Sheet taxes = book.createSheet("Thuế TNCN đã khấu trừ");
            title(taxes, "DANH SÁCH KHẤU TRỪ THUẾ THU NHẬP CÁ NHÂN NĂM " + year
                    + " (Thông tư 111/2013/TT-BTC, Điều 25 khoản 1 điểm i)", st);
            Sheets.header(taxes.createRow(3), TAX_HEADER, st);
            r = 4;
            long taxable = 0;
            long withheld = 0;
            for (SettlementLine l : lines) {
                if (l.tax() == 0) {
                    continue;
                }
                Row row = taxes.createRow(r);
                Sheets.number(row, 0, r - 3, st.text());
                Sheets.text(row, 1, l.payeeName(), st.text());
                Sheets.text(row, 2, l.payeeId() == null ? "" : String.valueOf(l.payeeId()), st.text());
                Sheets.text(row, 3, RoyaltyService.label(l.period()), st.text());
                Sheets.text(row, 4, BoardTime.DATE.format(l.paidOn()), st.text());
                Sheets.number(row, 5, l.gross(), st.money());
                Sheets.number(row, 6, l.tax(), st.money());
                taxable += l.gross();
                withheld += l.tax();
                r++;
            }
            Row sums = taxes.createRow(r++);
            Sheets.text(sums, 1, "Tổng cộng", st.head());
            Sheets.number(sums, 5, taxable, st.money());
            Sheets.number(sums, 6, withheld, st.money());
            Sheets.text(taxes.createRow(r), 0, "Bằng chữ (thuế đã khấu trừ): " + Money.inWords(withheld) + ".",
                    st.title());
            Sheets.widths(taxes, 5, 30, 12, 10, 12, 18, 18);
            book.write(out);
            book.dispose();
        }
    }

    private static void title(Sheet sheet, String text, Sheets.Styles st) {
        Sheets.text(sheet.createRow(0), 0, "BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG", st.title());
        Sheets.text(sheet.createRow(1), 0, text, st.title());
    }

    private static void amounts(Row row, int c, Sum s, Sheets.Styles st) {
        Sheets.number(row, c, s.gross(), st.money());
        Sheets.number(row, c + 1, s.tax(), st.money());
        Sheets.number(row, c + 2, s.net(), st.money());
    }

    /** The totals row and the net in words; the next free row. */
    private static int totals(Sheet sheet, int r, int c, List<SettlementLine> lines, Sheets.Styles st) {
        Sum all = new Sum("", null, 0, 0, 0, 0);
        for (SettlementLine l : lines) {
            all = all.add(l);
        }
        Row row = sheet.createRow(r++);
        Sheets.text(row, c == 3 ? 1 : 0, "Tổng cộng", st.head());
        amounts(row, c, all, st);
        Sheets.text(sheet.createRow(r++), 0, "Bằng chữ (thực nhận): " + Money.inWords(all.net()) + ".", st.title());
        return r;
    }
}
