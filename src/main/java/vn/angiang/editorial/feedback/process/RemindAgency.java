package vn.angiang.editorial.feedback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackMail;
import vn.angiang.editorial.feedback.FeedbackService;

/**
 * {@code remindAgency}, every 7 days while the agency has not answered (timer {@code progressReminder}):
 * records the progress note (the public status keeps showing "đang xử lý" with its date) and reminds the
 * agency's people by e-mail.
 */
@Component("remindAgency")
public record RemindAgency(FeedbackStep step, FeedbackService service, FeedbackMail mail) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.recordProgress(step.feedbackId(execution));
        mail.toGroup(execution, f.agencyGroup(), FeedbackMail.REMINDER, f);
    }
}
