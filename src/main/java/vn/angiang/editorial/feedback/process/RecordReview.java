package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.CLASSIFY_DUE;
import static vn.angiang.editorial.feedback.FeedbackVariables.BOARD_ANSWER;
import static vn.angiang.editorial.feedback.FeedbackVariables.CLASSIFICATION;
import static vn.angiang.editorial.feedback.FeedbackVariables.HANDLED_BY;
import static vn.angiang.editorial.feedback.FeedbackVariables.PUBLIC_ANSWER;
import static vn.angiang.editorial.feedback.FeedbackVariables.PUBLIC_QUESTION;
import static vn.angiang.editorial.feedback.FeedbackVariables.RETURN_REASON;
import static vn.angiang.editorial.feedback.FeedbackVariables.REVIEW_COMMENT;
import static vn.angiang.editorial.feedback.FeedbackVariables.REVIEW_DECISION;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackStatus;
import vn.angiang.editorial.platform.orgchart.BoardRole;

/**
 * {@code recordReview}, right after a board member completes {@code reviewAnswer}: accepted (the public
 * texts are stored with personal data removed) or returned with comments to whoever answered
 * ({@code handledBy}: the agency, or the IT center for the board's own answer).
 */
@Component("recordReview")
public record RecordReview(FeedbackStep step, FeedbackService service) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.review(step.feedbackId(execution), REVIEW_DECISION.text(execution),
                REVIEW_COMMENT.text(execution), PUBLIC_QUESTION.text(execution), PUBLIC_ANSWER.text(execution),
                step.actor(BoardRole.BOARD_MEMBERS));
        REVIEW_DECISION.set(execution, REVIEW_DECISION.text(execution).strip());
        HANDLED_BY.set(execution, f.handledBy());
        if (f.status() == FeedbackStatus.RECEIVED) {
            // a new time to classify, counted from now
            CLASSIFY_DUE.set(execution, Date.from(f.classifyDue().toInstant()));
            RETURN_REASON.set(execution, "Thành viên Ban Biên tập trả lại câu trả lời: "
                    + REVIEW_COMMENT.text(execution).strip());
            CLASSIFICATION.set(execution, FeedbackService.ANSWER);
            BOARD_ANSWER.set(execution, f.answerText());
        }
    }
}
