package vn.angiang.editorial.royalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The payment list and the yearly settlement as the accountant opens them: Vietnamese headers and names, amounts
 * as numbers, totals, the amount in words, signature blocks; and the settlement's sums agree with the payments.
 */
class RoyaltyDocumentsTest {

    private final RoyaltyRules rules = RoyaltyRules.read(new ClassPathResource("royalty/royalty-rules.yaml"));

    static RoyaltyPayment payment(int position, String name, Long payeeId, long gross, long tax, PaymentMethod method) {
        return new RoyaltyPayment(position, 1, position, name, payeeId, gross, tax, gross - tax, method, "UNC " + position,
                LocalDate.of(2026, 12, 15), null, "ttth.an");
    }

    static XSSFWorkbook open(ByteArrayOutputStream out) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null || row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue();
    }

    static double number(Sheet sheet, int r, int c) {
        return sheet.getRow(r).getCell(c).getNumericCellValue();
    }

    @Test
    void thePaymentListShowsEachPayeeWithTaxWithheldHowTheyWerePaidTotalsAndWords() throws IOException {
        RoyaltyStatement s = RoyaltyTaxTest.statement(
                RoyaltyTaxTest.work(1, RoyaltyTaxTest.share("Nguyễn Thị Ánh Tuyết", 2_530_000)),
                RoyaltyTaxTest.work(2, RoyaltyTaxTest.share("Đặng Văn Được", 759_000)));
        List<PayeeTotals> owed = PayeeTotals.of(s, rules.incomeTaxOn(LocalDate.of(2026, 11, 30)), Set.of());
        List<RoyaltyPayment> paid = List.of(payment(1, "Nguyễn Thị Ánh Tuyết", 7L, 2_530_000, 253_000,
                PaymentMethod.BANK_TRANSFER), payment(2, "Đặng Văn Được", null, 759_000, 0, PaymentMethod.CASH));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PaymentListWorkbook.write(s, owed, paid, out);

        try (XSSFWorkbook book = open(out)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet, 1, 0)).isEqualTo("DANH SÁCH CHI TRẢ NHUẬN BÚT, THÙ LAO THÁNG 11/2026");
            assertThat(text(sheet, 3, 3)).isEqualTo("Thuế TNCN khấu trừ (đồng)");
            assertThat(text(sheet, 4, 1)).isEqualTo("Nguyễn Thị Ánh Tuyết");
            assertThat(number(sheet, 4, 2)).isEqualTo(2_530_000d);
            assertThat(number(sheet, 4, 3)).isEqualTo(253_000d);
            assertThat(number(sheet, 4, 4)).isEqualTo(2_277_000d);
            assertThat(text(sheet, 4, 5)).isEqualTo("Chuyển khoản");
            assertThat(text(sheet, 4, 7)).isEqualTo("15/12/2026");
            assertThat(text(sheet, 5, 1)).isEqualTo("Đặng Văn Được");
            assertThat(text(sheet, 5, 5)).isEqualTo("Tiền mặt");
            assertThat(sheet.getRow(4).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(text(sheet, 6, 1)).isEqualTo("Tổng cộng");
            assertThat(number(sheet, 6, 4)).isEqualTo(3_036_000d);
            assertThat(text(sheet, 7, 0)).isEqualTo("Bằng chữ (thực nhận): Ba triệu không trăm ba mươi sáu nghìn đồng.");
            assertThat(text(sheet, 9, 1)).isEqualTo("NGƯỜI LẬP");
            assertThat(text(sheet, 9, 4)).isEqualTo("KẾ TOÁN");
            assertThat(text(sheet, 9, 6)).isEqualTo("TRƯỞNG BAN");
        }
    }

    @Test
    void beforePaymentTheListShowsWhatIsOwed() throws IOException {
        RoyaltyStatement s = RoyaltyTaxTest.statement(RoyaltyTaxTest.work(1, RoyaltyTaxTest.share("Hồ Ngọc Lan", 300_000)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PaymentListWorkbook.write(s, PayeeTotals.of(s, rules.incomeTaxOn(LocalDate.of(2026, 11, 30)), Set.of()),
                List.of(), out);
        try (XSSFWorkbook book = open(out)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(number(sheet, 4, 4)).isEqualTo(300_000d);
            assertThat(text(sheet, 4, 5)).isEmpty();
        }
    }

    @Test
    void theSettlementSumsPerPayeeAndMonthAndListsTheTaxWithheld() throws IOException {
        List<SettlementLine> lines = List.of(
                new SettlementLine(YearMonth.of(2026, 1), "regular", "Trần Văn Bình", 1L, 2_340_000, 234_000, 2_106_000,
                        LocalDate.of(2026, 2, 10)),
                new SettlementLine(YearMonth.of(2026, 1), "regular", "Trần Văn Bình", 2L, 500_000, 0, 500_000,
                        LocalDate.of(2026, 2, 10)),
                new SettlementLine(YearMonth.of(2026, 3), "regular", "Trần Văn Bình", 1L, 1_000_000, 0, 1_000_000,
                        LocalDate.of(2026, 4, 8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SettlementWorkbook.write(2026, lines, out);

        try (XSSFWorkbook book = open(out)) {
            Sheet payees = book.getSheet("Theo người nhận");
            assertThat(text(payees, 1, 0)).contains("QUYẾT TOÁN", "NĂM 2026");
            // two people of the same name, told apart by their register id
            assertThat(text(payees, 4, 1)).isEqualTo("Trần Văn Bình");
            assertThat(text(payees, 4, 2)).isEqualTo("1");
            assertThat(number(payees, 4, 3)).isEqualTo(3_340_000d);
            assertThat(number(payees, 4, 4)).isEqualTo(234_000d);
            assertThat(number(payees, 4, 5)).isEqualTo(3_106_000d);
            assertThat(text(payees, 5, 2)).isEqualTo("2");
            assertThat(number(payees, 5, 3)).isEqualTo(500_000d);
            assertThat(text(payees, 6, 1)).isEqualTo("Tổng cộng");
            assertThat(number(payees, 6, 5)).isEqualTo(3_606_000d);
            assertThat(text(payees, 7, 0)).isEqualTo("Bằng chữ (thực nhận): Ba triệu sáu trăm lẻ sáu nghìn đồng.");

            Sheet months = book.getSheet("Theo tháng");
            assertThat(text(months, 4, 0)).isEqualTo("01/2026");
            assertThat(number(months, 4, 1)).isEqualTo(2d);
            assertThat(text(months, 5, 0)).isEqualTo("03/2026");

            Sheet taxes = book.getSheet("Thuế TNCN đã khấu trừ");
            assertThat(text(taxes, 4, 1)).isEqualTo("Trần Văn Bình");
            assertThat(number(taxes, 4, 6)).isEqualTo(234_000d);
            assertThat(text(taxes, 5, 1)).isEqualTo("Tổng cộng");
            assertThat(text(taxes, 6, 0)).isEqualTo("Bằng chữ (thuế đã khấu trừ): Hai trăm ba mươi tư nghìn đồng.");
        }
    }

    /** Property: the settlement's payees and months each add up to the year's payments, net = gross − tax. */
    @Test
    void theSettlementAddsUpByPayeeAndByMonth() {
        Random random = new Random(1995L);
        for (int round = 0; round < 200; round++) {
            List<SettlementLine> lines = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                long gross = random.nextInt(3_000_000);
                long tax = gross >= 2_000_000 ? gross / 10 : 0;
                lines.add(new SettlementLine(YearMonth.of(2026, 1 + random.nextInt(12)), "regular", "Người " + random.nextInt(5),
                        random.nextBoolean() ? null : (long) random.nextInt(3), gross, tax, gross - tax,
                        LocalDate.of(2026, 12, 1)));
            }
            long gross = lines.stream().mapToLong(SettlementLine::gross).sum();
            long net = lines.stream().mapToLong(SettlementLine::net).sum();
            var byPayee = SettlementWorkbook.byPayee(lines).values();
            var byMonth = SettlementWorkbook.byMonth(lines).values();
            assertThat(byPayee.stream().mapToLong(SettlementWorkbook.Sum::gross).sum()).isEqualTo(gross);
            assertThat(byMonth.stream().mapToLong(SettlementWorkbook.Sum::net).sum()).isEqualTo(net);
            byPayee.forEach(p -> assertThat(p.net()).isEqualTo(p.gross() - p.tax()));
        }
    }

    @Test
    void amountsInWordsAsPapersWriteThem() {
        assertThat(Money.inWords(0)).isEqualTo("Không đồng");
        assertThat(Money.inWords(15)).isEqualTo("Mười lăm đồng");
        assertThat(Money.inWords(21)).isEqualTo("Hai mươi mốt đồng");
        assertThat(Money.inWords(105)).isEqualTo("Một trăm lẻ năm đồng");
        assertThat(Money.inWords(1_000_000_000)).isEqualTo("Một tỷ đồng");
        assertThat(Money.inWords(3_606_000)).isEqualTo("Ba triệu sáu trăm lẻ sáu nghìn đồng");
    }
}
