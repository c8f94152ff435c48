package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.MONTH_LABEL;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.PAYMENT_DUE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.notification.EngineDirectory;
import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.tasks.Escalations;
import vn.angiang.editorial.platform.tasks.Escalations.Escalation;
import vn.angiang.editorial.platform.tasks.TimedTasks;
import vn.angiang.editorial.royalty.RoyaltyService;
import vn.angiang.editorial.royalty.RoyaltyStatement;

/**
 * {@code paymentEscalated}: the approved statement is still unpaid a few working days before the earliest work's
 * 60th day (NĐ 18/2014/NĐ-CP): whom the rule of {@code recordPayment} names ({@code escalateTo}, the head) is told
 * by mail, may take the task over, the task rises in the lists and the trail records it. The task stays open.
 */
@Component("escalatePayment")
public record EscalatePayment(RoyaltyStep step, TaskService tasks, Escalations escalations, Outbox outbox,
        IdentityService identity, AuditTrail audit, Clock clock) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        RoyaltyStatement s = step.service().get(RoyaltyVariables.STATEMENT_ID.required(execution));
        String month = MONTH_LABEL.required(execution);
        String due = PAYMENT_DUE.required(execution);
        for (Task task : TimedTasks.of(execution, tasks)) {
            Escalation escalation = escalations.of(RoyaltyService.PROCESS_KEY, task.getTaskDefinitionKey());
            escalations.raise(task, escalation);
            List<String> skipped = new ArrayList<>();
            List<EngineDirectory.Recipient> recipients = EngineDirectory.withoutAuthorization(() ->
                    EngineDirectory.usersAndMembers(identity, List.copyOf(escalation.users()),
                            List.copyOf(escalation.groups()), skipped));
            for (EngineDirectory.Recipient r : recipients) {
                outbox.enqueue(r.email(), "generic", Map.of("recipientName", r.name(),
                        "subject", "Quá hạn chi trả nhuận bút tháng " + month + " sắp đến",
                        "message", "Bảng kê nhuận bút, thù lao tháng " + month + " đã được phê duyệt nhưng Trung tâm Tin học "
                                + "chưa ghi nhận chi trả. Nhuận bút của tác phẩm đăng sớm nhất phải trả trước ngày " + due
                                + " (60 ngày kể từ ngày đăng, Nghị định 18/2014/NĐ-CP). Việc «" + task.getName()
                                + "» được báo lên: " + escalation.told() + "."),
                        "royalty-payment:" + s.period());
            }
            audit.record(RoyaltyService.PROCESS_KEY, RoyaltyService.key(s.period()), "paymentEscalated",
                    Actor.system(), AuditFact.of("payment-escalated", OffsetDateTime.now(clock))
                            .withDetail(escalation.told()));
        }
    }
}
