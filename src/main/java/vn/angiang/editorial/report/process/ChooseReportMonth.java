package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.report.process.ReportVariables.REPORT_DUE;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_FROM;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_KIND;

import java.time.LocalDate;
import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.report.ReportKind;

/**
 * {@code chooseReportMonth}, after the daily timer of report-monthly (07:00): the
 * report of the previous month is due on the month's first working day (working-day calendar), and only once; on
 * any other day, or when it was already drafted (by hand, or by another node), nothing is done.
 */
@Component("chooseReportMonth")
public record ChooseReportMonth(ReportStep step) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = step.service().today();
        YearMonth month = YearMonth.from(today).minusMonths(1);
        boolean due = today.equals(step.firstWorkingDayOfMonth(today)) && !step.service().monthlyDrafted(month);
        REPORT_DUE.set(execution, due);
        if (due) {
            REPORT_KIND.set(execution, ReportKind.MONTHLY.code());
            REPORT_FROM.set(execution, month.atDay(1).toString());
        }
    }
}
