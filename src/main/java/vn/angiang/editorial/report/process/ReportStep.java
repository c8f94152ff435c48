package vn.angiang.editorial.report.process;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.report.ReportService;

/**
 * What the steps of monthly-report and report-monthly share (bean {@code reportProcess}): the report of the
 * instance, who acts, the working-day calendar; and the agencies reminded in a month
 * ({@code ${reportProcess.remindedAgencies(dutyMonth)}}, the collection of {@code provideInformation}).
 */
@Component("reportProcess")
public class ReportStep {

    private final ReportService service;
    private final Actors actors;
    private final OrgDirectory org;
    private final WorkingDayCalendar workingDays;

    public ReportStep(ReportService service, Actors actors, OrgDirectory org,
            @Qualifier("workingDays") WorkingDayCalendar workingDays) {
        this.service = service;
        this.actors = actors;
        this.org = org;
        this.workingDays = workingDays;
    }

    public ReportService service() {
        return service;
    }

    public long reportId(VariableScope scope) {
        return ReportVariables.REPORT_ID.required(scope);
    }

    /** The signed-in official acting in the group of {@code role} (the application itself for a timer). */
    public Actor actor(BoardRole role) {
        return actors.current(org.group(role));
    }

    public Actor actorIn(String group) {
        return actors.current(group);
    }

    public OrgDirectory org() {
        return org;
    }

    /** {@code days} working days from now, as a task's due date. */
    public Date due(int days) {
        return workingDays.fromNow(days);
    }

    /** The first working day of the month of {@code day}. */
    public LocalDate firstWorkingDayOfMonth(LocalDate day) {
        return workingDays.addWorkingDays(day.withDayOfMonth(1), 0);
    }

    /** The day agencies below their duty are reminded: {@code days} working days before the next month begins. */
    public LocalDate reminderDay(YearMonth month, int days) {
        return workingDays.addWorkingDays(month.plusMonths(1).atDay(1), -days);
    }

    /** The agencies reminded for {@code month} (yyyy-MM). */
    public List<String> remindedAgencies(String month) {
        return service.repository().remindedIn(month);
    }
}
