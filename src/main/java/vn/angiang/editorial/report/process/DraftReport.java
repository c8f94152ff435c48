package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.report.process.ReportVariables.REPORT_ID;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_LABEL;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_URL;
import static vn.angiang.editorial.report.process.ReportVariables.WRITE_DUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.report.BoardReport;

/** {@code draftReport}: the report of the period is drafted from the records, with the secretariat's due date. */
@Component("draftReport")
public record DraftReport(ReportStep step) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        BoardReport r = step.service().draft(CheckReportPeriod.period(execution), execution.getProcessInstanceId(),
                step.actor(BoardRole.SECRETARIAT));
        REPORT_ID.set(execution, r.id());
        REPORT_LABEL.set(execution, r.period().label());
        REPORT_URL.set(execution, "/api/reports/id/" + r.id() + ".pdf");
        WRITE_DUE.set(execution, step.due(step.service().rules().workingDays().write()));
        execution.setProcessBusinessKey("report-" + r.period().key());
    }
}
