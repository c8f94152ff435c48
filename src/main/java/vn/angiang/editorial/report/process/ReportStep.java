package vn.angiang.editorial.report.process;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.ProcessSteps;
import vn.angiang.editorial.platform.process.StepKit;
import vn.angiang.editorial.report.ReportService;

/**
 * What the steps of monthly-report and report-monthly share (bean {@code reportProcess}): the report of the
 * instance, who acts, the working-day calendar; and the agencies reminded in a month
 * ({@code ${reportProcess.remindedAgencies(dutyMonth)}}, the collection of {@code provideInformation}).
 */
@Component("reportProcess")
public class ReportStep extends ProcessSteps<ReportService> {

    public ReportStep(ReportService service, StepKit kit) {
        super(service, kit);
    }

    /** The day agencies below their duty are reminded: {@code days} working days before the next month begins. */
    public LocalDate reminderDay(YearMonth month, int days) {
        return workingDays().addWorkingDays(month.plusMonths(1).atDay(1), -days);
    }

    /** The agencies reminded for {@code month} (yyyy-MM). */
    public List<String> remindedAgencies(String month) {
        return service().repository().remindedIn(month);
    }
}
