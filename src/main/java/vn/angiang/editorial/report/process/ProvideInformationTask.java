package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.report.process.ReportVariables.AGENCY_GROUP;
import static vn.angiang.editorial.report.process.ReportVariables.DUTY_MESSAGE;
import static vn.angiang.editorial.report.process.ReportVariables.DUTY_MONTH;
import static vn.angiang.editorial.report.process.ReportVariables.DUTY_NOTE;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.report.ReportPeriod;
import vn.angiang.editorial.report.ReportService;

/**
 * {@code provideInformation}, the agency's task after a reminder: on {@code create} it says the duty and what was
 * provided so far; on {@code complete} the agency's answer (what it will provide) is kept in the audit trail of the
 * month's follow-up.
 */
@Component("provideInformationTask")
public record ProvideInformationTask(ReportStep step, AuditTrail audit) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String group = AGENCY_GROUP.required(task);
        String month = DUTY_MONTH.required(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String message = step.service().queries().belowDuty(ReportPeriod.month(YearMonth.parse(month))).stream()
                    .filter(d -> d.agencyGroup().equals(group)).findFirst()
                    .map(d -> "Định mức tháng " + month + ": " + d.duty() + " tin, bài; đã cung cấp: " + d.provided() + ".")
                    .orElse("Cơ quan đã cung cấp đủ định mức tháng " + month + ".");
            DUTY_MESSAGE.setLocal(task, message);
            return;
        }
        String note = DUTY_NOTE.get(task);
        if (note == null || note.isBlank() || note.strip().length() > ReportService.MAX_COMMENT) {
            throw new InputRefused(DUTY_NOTE.name(), "Hãy cho biết tin, bài cơ quan sẽ cung cấp trước khi hết tháng"
                    + " (tối đa " + ReportService.MAX_COMMENT + " ký tự).");
        }
        audit.record(ReportService.PROCESS_KEY, "duty-" + month, task.getTaskDefinitionKey(), step.actorIn(group),
                AuditFact.of("answered", step.service().now()).withTask(task.getId()).withComment(note.strip())
                        .withDetail(group));
    }
}
