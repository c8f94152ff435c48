package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code publishAnswer}: the accepted question and answer, without personal data, go public (the portal's
 * public feed, the public status page and the list of answers), in the reviewer's transaction: within the 2 working days of
 * TT 02/2017/TT-VPCP as long as the review is on time.
 */
@Component("publishFeedbackAnswer")
public class PublishFeedbackAnswer implements JavaDelegate {

    private final FeedbackService service;

    public PublishFeedbackAnswer(FeedbackService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.publish(ProcessVariables.feedbackId(execution, service),
                ProcessVariables.actor(execution, "board-members").userId());
        execution.setVariable("publishedAt", java.util.Date.from(f.publishedAt().toInstant()));
    }
}
