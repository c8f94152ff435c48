package vn.angiang.editorial.report;

import static vn.angiang.editorial.report.ReportTables.days;
import static vn.angiang.editorial.report.ReportTables.n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.angiang.editorial.platform.papers.PaperImage;
import vn.angiang.editorial.report.ReportCharts.Chart;
import vn.angiang.editorial.report.ReportFigures.ContentFigures;
import vn.angiang.editorial.report.ReportFigures.FeedbackFigures;

/**
 * The wording of a report paper (BC): the template ({@code templates/documents/bao-cao-thang.txt} for the
 * monthly report, {@code bao-cao-ky.txt} for the others) and its values: the figures as headings, sentences,
 * tables and charts in reading order, then the secretariat's narrative.
 */
public final class ReportPaper {

    private ReportPaper() {
    }

    public static String template(ReportPeriod period) {
        return period.kind() == ReportKind.MONTHLY ? "bao-cao-thang" : "bao-cao-ky";
    }

    /** The values of the template; {@code assessment} and {@code nextTasks} stand in until the narrative is written. */
    public static Map<String, Object> model(BoardReport r) {
        ReportFigures f = r.figures();
        Map<String, Object> model = new HashMap<>();
        model.put("month", f.period().kind() == ReportKind.MONTHLY
                ? f.period().month().getMonthValue() + "/" + f.period().month().getYear() : f.period().label());
        model.put("period", f.period().label());
        model.put("title", f.period().kind() == ReportKind.HALF_YEAR_FEEDBACK
                ? "Kết quả tiếp nhận, xử lý phản ánh, kiến nghị " + f.period().label()
                : "Tình hình hoạt động của Cổng thông tin điện tử tỉnh " + f.period().label());
        model.put("figures", figures(f));
        model.put("assessment", orElse(r.assessment(), "(Tổ giúp việc đánh giá chung.)"));
        model.put("nextTasks", orElse(r.nextTasks(), "(Tổ giúp việc ghi nhiệm vụ kỳ tới.)"));
        if (r.proposals() != null && !r.proposals().isBlank()) {
            model.put("proposals", r.proposals().strip());
        }
        return model;
    }

    /** Headings, sentences, tables and charts of the figures, one item a paragraph. */
    static List<Object> figures(ReportFigures f) {
        List<Object> parts = new ArrayList<>();
        int section = 0;
        if (f.period().kind() != ReportKind.HALF_YEAR_FEEDBACK) {
            ContentFigures c = f.content();
            parts.add(++section + ". Tình hình tiếp nhận, đăng tải thông tin");
            parts.add("Trong kỳ, Cổng tiếp nhận " + n(c.total().submitted()) + " tin, bài; đăng tải "
                    + n(c.total().published()) + "; trả lại để chỉnh sửa " + n(c.total().returned()) + "; từ chối "
                    + n(c.total().rejected()) + "; gỡ bỏ " + n(c.total().takenDown())
                    + ". Thời gian từ khi gửi đến khi đăng tải: trung vị " + days(c.medianDays()) + ", 90 % số tin, bài trong "
                    + days(c.p90Days()) + ".");
            parts.add(ReportTables.byField(f).table());
            parts.add(chart(Chart.FIELDS, f));
            parts.add(ReportTables.byAgency(f).table());
        }
        FeedbackFigures fb = f.feedback();
        parts.add(++section + ". Tiếp nhận, xử lý phản ánh, kiến nghị");
        parts.add("Trong kỳ, Cổng tiếp nhận " + n(fb.received()) + " phản ánh, kiến nghị; không đủ điều kiện xử lý hoặc "
                + "không thuộc phạm vi " + n(fb.notAccepted()) + "; Ban Biên tập trả lời " + n(fb.answeredByBoard())
                + "; chuyển cơ quan có thẩm quyền " + n(fb.forwarded()) + ". Các cơ quan trả lời đúng hạn " + n(fb.onTime())
                + ", trễ hạn " + n(fb.late()) + "; quá hạn chưa trả lời đến cuối kỳ " + n(fb.openOverdue()) + ".");
        if (!fb.byAgency().isEmpty()) {
            parts.add(ReportTables.feedbackByAgency(f).table());
            parts.add(chart(Chart.FEEDBACK, f));
        }
        if (f.period().kind() != ReportKind.HALF_YEAR_FEEDBACK) {
            parts.add(++section + ". Nhuận bút, thù lao");
            parts.add("Trong kỳ, Trưởng ban phê duyệt " + n(f.royalties().statements()) + " bảng kê; chi trả "
                    + n(f.royalties().worksPaid()) + " tác phẩm, tổng số tiền " + n(f.royalties().total())
                    + " đồng; thuế thu nhập cá nhân khấu trừ " + n(f.royalties().taxWithheld()) + " đồng.");
            if (!f.royalties().byKind().isEmpty()) {
                parts.add(ReportTables.royaltiesByKind(f).table());
            }
            parts.add(++section + ". Hội họp");
            parts.add("Trong kỳ, Ban Biên tập họp " + n(f.meetings().held()) + " cuộc; đến cuối kỳ còn "
                    + n(f.meetings().openFollowUps()) + " nhiệm vụ sau họp chưa hoàn thành, trong đó "
                    + n(f.meetings().overdueFollowUps()) + " nhiệm vụ đã quá hạn.");
            parts.add(++section + ". Cung cấp thông tin của các cơ quan, đơn vị");
            if (f.agenciesBelowDuty().isEmpty()) {
                parts.add("Các cơ quan, đơn vị đều cung cấp đủ số tin, bài theo định mức.");
            } else {
                parts.add(n(f.agenciesBelowDuty().size()) + " cơ quan, đơn vị chưa cung cấp đủ số tin, bài theo định mức:");
                parts.add(ReportTables.belowDuty(f).table());
            }
            parts.add(++section + ". Thời hạn xử lý");
            if (f.lateSteps().isEmpty()) {
                parts.add("Các bước xử lý hoàn thành trong kỳ đều đúng hạn.");
            } else {
                parts.add("Các bước xử lý hoàn thành sau thời hạn trong kỳ:");
                parts.add(ReportTables.lateSteps(f).table());
            }
            parts.add(chart(Chart.TREND, f));
        }
        return parts;
    }

    static PaperImage chart(Chart chart, ReportFigures f) {
        return new PaperImage(ReportCharts.png(chart, f), ReportCharts.WIDTH_MM, ReportCharts.HEIGHT_MM, chart.caption());
    }

    private static String orElse(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.strip();
    }
}
