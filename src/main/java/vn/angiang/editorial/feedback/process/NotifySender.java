package vn.angiang.editorial.feedback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.FeedbackMail;
import vn.angiang.editorial.feedback.FeedbackService;

/**
 * {@code notifySender}: tells the sender how the feedback ended — not accepted (with the reason) or
 * answered (with the answer and the link to the public page) — by e-mail through the outbox. The address
 * is read from the record, never from a process variable. Without an e-mail address (a phone number
 * only) nothing is sent and the trail says so: the answer is public under the tracking code.
 */
@Component("notifySender")
public record NotifySender(FeedbackStep step, FeedbackService service, FeedbackMail mail) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        mail.toSender(service.get(step.feedbackId(execution)));
    }
}
