package vn.angiang.editorial.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import vn.angiang.editorial.platform.papers.PaperTable;
import vn.angiang.editorial.report.ReportFigures.AgencyDuty;
import vn.angiang.editorial.report.ReportFigures.AgencyFeedback;
import vn.angiang.editorial.report.ReportFigures.ContentCount;
import vn.angiang.editorial.report.ReportFigures.KindAmount;
import vn.angiang.editorial.report.ReportFigures.LateStep;
import vn.angiang.editorial.report.ReportFigures.MonthCount;

/**
 * The report's tables, in Vietnamese, the same for the paper (DOCX, PDF) and the workbook (XLSX): each has a
 * name (the sheet's), a header row and rows of text; numbers are written as officials read them (1.234.000).
 */
public final class ReportTables {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private ReportTables() {
    }

    /** A table with the name of its sheet in the workbook. */
    public record Named(String name, PaperTable table) {
    }

    public static Named byField(ReportFigures f) {
        return content("Tin bài theo lĩnh vực", "Lĩnh vực", f.content().byField(), f.content().total());
    }

    public static Named byAgency(ReportFigures f) {
        return content("Tin bài theo cơ quan", "Cơ quan, đơn vị gửi", f.content().byAgency(), f.content().total());
    }

    private static Named content(String name, String what, List<ContentCount> rows, ContentCount total) {
        List<List<String>> lines = numbered(rows, c -> List.of(c.label(), n(c.submitted()), n(c.published()),
                n(c.returned()), n(c.rejected()), n(c.takenDown())));
        lines.add(List.of("", total.label(), n(total.submitted()), n(total.published()), n(total.returned()),
                n(total.rejected()), n(total.takenDown())));
        return new Named(name, new PaperTable(List.of("TT", what, "Tiếp nhận", "Đăng tải", "Trả lại", "Từ chối", "Gỡ bỏ"),
                lines, List.of(1, 6, 2, 2, 2, 2, 2)));
    }

    public static Named feedbackByAgency(ReportFigures f) {
        return new Named("Phản ánh theo cơ quan", new PaperTable(
                List.of("TT", "Cơ quan được chuyển", "Chuyển trong kỳ", "Trả lời đúng hạn", "Trả lời trễ hạn",
                        "Quá hạn chưa trả lời", "Số ngày quá hạn nhiều nhất"),
                numbered(f.feedback().byAgency(), (AgencyFeedback a) -> List.of(a.agency(), n(a.forwarded()),
                        n(a.onTime()), n(a.late()), n(a.openOverdue()), n(a.maxDaysOverdue()))),
                List.of(1, 6, 2, 2, 2, 2, 2)));
    }

    public static Named royaltiesByKind(ReportFigures f) {
        return new Named("Nhuận bút theo loại", new PaperTable(List.of("TT", "Loại tác phẩm", "Số tác phẩm", "Số tiền (đồng)"),
                numbered(f.royalties().byKind(), (KindAmount k) -> List.of(k.kind(), n(k.works()), n(k.amount()))),
                List.of(1, 5, 3, 4)));
    }

    public static Named belowDuty(ReportFigures f) {
        return new Named("Cơ quan chưa đủ định mức", new PaperTable(
                List.of("TT", "Cơ quan, đơn vị", "Định mức trong kỳ", "Đã cung cấp"),
                numbered(f.agenciesBelowDuty(), (AgencyDuty d) -> List.of(d.agency(), n(d.duty()), n(d.provided()))),
                List.of(1, 7, 3, 3)));
    }

    public static Named trend(ReportFigures f) {
        return new Named("Xu hướng 12 tháng", new PaperTable(List.of("TT", "Tháng", "Tin, bài đăng tải"),
                numbered(f.trend(), (MonthCount m) -> List.of(m.month().substring(5) + "/" + m.month().substring(0, 4),
                        n(m.published()))),
                List.of(1, 4, 4)));
    }

    public static Named lateSteps(ReportFigures f) {
        return new Named("Bước xử lý trễ hạn", new PaperTable(
                List.of("TT", "Quy trình", "Bước", "Người xử lý", "Số lần trễ hạn", "Trễ nhiều nhất (ngày)"),
                numbered(f.lateSteps(), (LateStep s) -> List.of(s.process(), s.step(), s.person(), n(s.late()),
                        n(s.maxDaysLate()))),
                List.of(1, 5, 5, 4, 2, 2)));
    }

    /** Every table of the figures, in the order of the report. */
    public static List<Named> all(ReportFigures f) {
        return List.of(byField(f), byAgency(f), feedbackByAgency(f), royaltiesByKind(f), belowDuty(f), lateSteps(f),
                trend(f));
    }

    private static <T> List<List<String>> numbered(List<T> rows, Function<T, List<String>> cells) {
        List<List<String>> lines = new ArrayList<>();
        for (T row : rows) {
            List<String> line = new ArrayList<>();
            line.add(Integer.toString(lines.size() + 1));
            line.addAll(cells.apply(row));
            lines.add(line);
        }
        return lines;
    }

    /** 1.234.000 */
    public static String n(long value) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
    }

    /** 4,5 ngày; "—" when there is nothing to measure. */
    public static String days(Double value) {
        return value == null ? "—" : String.format(VIETNAMESE, "%.1f ngày", value);
    }
}
