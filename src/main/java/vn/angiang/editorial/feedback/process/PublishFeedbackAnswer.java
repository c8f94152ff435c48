package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.PUBLISHED_AT;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.platform.orgchart.BoardRole;

/**
 * {@code publishAnswer}: the accepted question and answer, without personal data, go public (the portal's
 * public feed, the public status page and the list of answers), in the reviewer's transaction: within the 2 working days of
 * TT 02/2017/TT-VPCP as long as the review is on time.
 */
@Component("publishFeedbackAnswer")
public record PublishFeedbackAnswer(FeedbackStep step, FeedbackService service) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.publish(step.feedbackId(execution), step.actor(BoardRole.BOARD_MEMBERS).userId());
        PUBLISHED_AT.set(execution, Date.from(f.publishedAt().toInstant()));
    }
}
