package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.report.process.ReportVariables.REPORT_FROM;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_KIND;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_TO;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.report.ReportService;

/**
 * {@code startMonthlyReport} of report-monthly: starts monthly-report for the month chosen, in the same
 * transaction (the start's own check refuses a month already drafted: if two nodes fire together, one rolls back).
 */
@Component("startMonthlyReport")
public record StartMonthlyReport() implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String from = REPORT_FROM.required(execution);
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(ReportService.PROCESS_KEY,
                Map.of(REPORT_KIND.name(), REPORT_KIND.required(execution), REPORT_FROM.name(), from,
                        REPORT_TO.name(), from));
    }
}
