package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.report.process.ReportVariables.DUTY_MONTH;
import static vn.angiang.editorial.report.process.ReportVariables.MONTH_END;
import static vn.angiang.editorial.report.process.ReportVariables.REMIND_DUE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.notification.EngineDirectory;
import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.report.ReportFigures.AgencyDuty;
import vn.angiang.editorial.report.ReportFigures.AgencyFeedback;
import vn.angiang.editorial.report.ReportKind;
import vn.angiang.editorial.report.ReportPeriod;
import vn.angiang.editorial.report.ReportService;

/**
 * {@code remindAgencies}, after the daily timer, once the month's report is seen to: on the reminder day (a few working days
 * before the month ends, report-rules.yaml), each agency below its information duty so far (Đ5.3: the board
 * follows up the agencies' duty to provide information, Đ16.2) is reminded once by mail, and gets a task in its
 * group (the model's next step); a month already reminded is not reminded twice. Those a reminder was sent to
 * before are named "nhắc lại" in the mail. On the same day, agencies with forwarded feedback still unanswered past
 * its due date are reminded by mail, once a month (the feedback process escalates each case on its own).
 */
@Component("remindAgencies")
public record RemindAgencies(ReportStep step, Outbox outbox, IdentityService identity) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ReportService service = step.service();
        LocalDate today = service.today();
        YearMonth month = YearMonth.from(today);
        boolean reminderDay = today.equals(step.reminderDay(month,
                service.rules().followUp().remindWorkingDaysBeforeMonthEnd()));
        List<String> reminded = new ArrayList<>();
        if (reminderDay) {
            OffsetDateTime now = service.now();
            for (AgencyDuty d : service.queries().belowDuty(ReportPeriod.month(month))) {
                List<String> before = service.repository().remindedMonths(d.agencyGroup());
                if (service.repository().remind(d.agencyGroup(), month.toString(), d.duty(), d.provided(), now)) {
                    reminded.add(d.agencyGroup());
                    mail(d, month, !before.isEmpty());
                }
            }
            ReportPeriod soFar = new ReportPeriod(ReportKind.MONTHLY, month.atDay(1), today);
            for (AgencyFeedback a : service.queries().feedback(soFar).byAgency()) {
                if (a.openOverdue() > 0
                        && service.repository().remind(a.agencyGroup(), month + ":pakn", 0, a.openOverdue(), now)) {
                    mailOverdueFeedback(a, month);
                }
            }
        }
        DUTY_MONTH.set(execution, month.toString());
        REMIND_DUE.set(execution, !reminded.isEmpty());
        MONTH_END.set(execution, Date.from(month.plusMonths(1).atDay(1).atStartOfDay(BoardTime.ZONE).toInstant()));
    }

    private void mail(AgencyDuty d, YearMonth month, boolean again) {
        mail(d.agencyGroup(), (again ? "Nhắc lại: " : "") + "Đôn đốc cung cấp thông tin cho Cổng tháng "
                        + month.getMonthValue() + "/" + month.getYear(),
                d.agency() + " có định mức cung cấp " + d.duty() + " tin, bài cho Cổng thông tin điện tử tỉnh"
                        + " trong tháng; đến nay đã cung cấp " + d.provided() + ". Đề nghị cung cấp đủ trước khi hết tháng"
                        + " (khoản 3 Điều 5, Điều 16 Quy chế). Cơ quan chưa đủ định mức được nêu trong báo cáo tháng"
                        + " gửi UBND tỉnh.", "report-duty:" + month + ":" + d.agencyGroup());
    }

    private void mailOverdueFeedback(AgencyFeedback a, YearMonth month) {
        mail(a.agencyGroup(), "Đôn đốc trả lời phản ánh, kiến nghị quá hạn",
                a.agency() + " còn " + a.openOverdue() + " phản ánh, kiến nghị được chuyển đến đã quá hạn trả lời (quá hạn"
                        + " nhiều nhất " + a.maxDaysOverdue() + " ngày). Đề nghị trả lời ngay; phản ánh, kiến nghị quá hạn"
                        + " được nêu trong báo cáo tháng gửi UBND tỉnh.", "report-feedback:" + month + ":" + a.agencyGroup());
    }

    private void mail(String group, String subject, String message, String reference) {
        List<String> skipped = new ArrayList<>();
        EngineDirectory.withoutAuthorization(() -> EngineDirectory.usersAndMembers(identity, List.of(),
                List.of(group), skipped)).forEach(r -> outbox.enqueue(r.email(), "generic", Map.of(
                "recipientName", r.name(), "subject", subject, "message", message), reference));
    }
}
