package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.PAID_ON;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.PAYMENT_LIST_URL;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_PAYMENTS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.royalty.RoyaltyInputs.PaymentInput;
import vn.angiang.editorial.royalty.RoyaltyPayments;

/**
 * {@code recordPayment}, the IT center's task after the approval (Đ11.7): on {@code create} one row per payee
 * with the statement's gross, tax withheld and net; on {@code complete} the day, the method and the reference of
 * each payment are checked and stored with the tax withheld. Bad input undoes the completion.
 */
@Component("recordPaymentTask")
public record RecordPaymentTask(RoyaltyStep step, RoyaltyPayments payments) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        long statementId = RoyaltyVariables.STATEMENT_ID.required(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(ROYALTY_PAYMENTS.name(), RoyaltyVariables.json(payments.paymentsFor(statementId)));
            PAYMENT_LIST_URL.set(task.getExecution(), "/api/royalties/" + step.service().get(statementId).period()
                    + "/payment-list.xlsx?statement=" + statementId);
            return;
        }
        payments.record(statementId, PAID_ON.get(task),
                RoyaltyVariables.list(ROYALTY_PAYMENTS.get(task), PaymentInput.class, ROYALTY_PAYMENTS.name()),
                step.actor(BoardRole.IT_CENTER));
    }
}
