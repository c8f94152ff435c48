package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.MONTH_LABEL;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.PAYMENT_DUE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.notification.EngineDirectory;
import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.royalty.RoyaltyService;
import vn.angiang.editorial.royalty.RoyaltyStatement;
import vn.angiang.editorial.royalty.StatementStatus;

/**
 * {@code paymentDueWarned}: the statement is not approved, or approved and not paid, and the earliest work's royalty falls due (60 days
 * from publication, NĐ 18/2014/NĐ-CP) in a few working days: the head and the IT center are told by mail
 * (through the outbox, after commit) and the trail records it. The task it is attached to stays open.
 */
@Component("warnPaymentDue")
public record WarnPaymentDue(RoyaltyStep step, Outbox outbox, OrgDirectory org, IdentityService identity,
        AuditTrail audit, Clock clock) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        RoyaltyStatement s = step.service().get(RoyaltyVariables.STATEMENT_ID.required(execution));
        String month = MONTH_LABEL.required(execution);
        String due = PAYMENT_DUE.required(execution);
        boolean approved = s.status() == StatementStatus.APPROVED;
        List<String> skipped = new ArrayList<>();
        List<EngineDirectory.Recipient> recipients = EngineDirectory.withoutAuthorization(() ->
                EngineDirectory.usersAndMembers(identity, List.of(),
                        List.of(org.group(BoardRole.HEAD), org.group(BoardRole.IT_CENTER)), skipped));
        for (EngineDirectory.Recipient r : recipients) {
            outbox.enqueue(r.email(), "generic", Map.of("recipientName", r.name(),
                    "subject", "Sắp đến hạn trả nhuận bút tháng " + month,
                    "message", "Bảng kê nhuận bút, thù lao tháng " + month + (approved
                            ? " đã được phê duyệt nhưng chưa ghi nhận chi trả"
                            : " chưa được phê duyệt (" + s.status().label() + ")")
                            + ". Nhuận bút của tác phẩm đăng sớm nhất đến hạn trả ngày " + due
                            + " (60 ngày kể từ ngày đăng, Nghị định 18/2014/NĐ-CP). " + (approved
                            ? "Đề nghị Trung tâm Tin học chi trả và ghi nhận chứng từ (Đ11.7 Quy chế)."
                            : "Đề nghị hoàn thành chấm, duyệt bảng kê.")),
                    "royalty:" + s.period());
        }
        audit.record(RoyaltyService.PROCESS_KEY, RoyaltyService.key(s.period()), "paymentDueSoon", Actor.system(),
                AuditFact.of("payment-due-warned", OffsetDateTime.now(clock)).withDetail(due));
    }
}
