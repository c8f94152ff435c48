package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.report.process.ReportVariables.REPORT_FROM;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_KIND;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_TO;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.report.ReportKind;
import vn.angiang.editorial.report.ReportPeriod;

/**
 * On the start ({@code start} of {@code startedByHand}): the kind and the period chosen (by the daily timer of report-monthly, or
 * by the secretariat for a six-monthly or ad hoc report, Đ12.4) are checked; a month not yet ended or already
 * reported, or a period ending after today, is refused in Vietnamese and no instance is started. A monthly
 * report always covers its whole month.
 */
@Component("checkReportPeriod")
public record CheckReportPeriod(ReportStep step) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        ReportPeriod period = period(execution);
        step.service().refuseStart(period);
        REPORT_KIND.set(execution, period.kind().code());
        REPORT_FROM.set(execution, period.from().toString());
        REPORT_TO.set(execution, period.to().toString());
    }

    static ReportPeriod period(DelegateExecution execution) {
        ReportKind kind = Coded.byCode(ReportKind.class, String.valueOf(REPORT_KIND.get(execution)).strip())
                .orElseThrow(() -> new InputRefused("reportKind", "Hãy chọn loại báo cáo."));
        LocalDate from = day(REPORT_FROM.get(execution), "reportFrom");
        if (kind == ReportKind.MONTHLY) {
            return new ReportPeriod(kind, from.withDayOfMonth(1), from.withDayOfMonth(from.lengthOfMonth()));
        }
        return new ReportPeriod(kind, from, day(REPORT_TO.get(execution), "reportTo"));
    }

    private static LocalDate day(String text, String field) {
        try {
            // the form's date picker may send a date-time; the day is its first ten characters
            return LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length())));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InputRefused(field, "Ngày phải ghi theo dạng năm-tháng-ngày, ví dụ 2026-11-30.");
        }
    }
}
