package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.AGENCY_GROUP;
import static vn.angiang.editorial.feedback.FeedbackVariables.AGENCY_LABEL;
import static vn.angiang.editorial.feedback.FeedbackVariables.ANSWER_DUE;
import static vn.angiang.editorial.feedback.FeedbackVariables.BOARD_ANSWER;
import static vn.angiang.editorial.feedback.FeedbackVariables.CLASSIFICATION;
import static vn.angiang.editorial.feedback.FeedbackVariables.HANDLED_BY;
import static vn.angiang.editorial.feedback.FeedbackVariables.PROGRESS_CYCLE;
import static vn.angiang.editorial.feedback.FeedbackVariables.REJECTION_REASON;
import static vn.angiang.editorial.feedback.FeedbackVariables.RETURN_REASON;
import static vn.angiang.editorial.feedback.FeedbackVariables.REVIEW_COMMENT;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackStatus;
import vn.angiang.editorial.platform.orgchart.BoardRole;

/**
 * {@code recordClassification}, right after the IT center completes {@code classifyFeedback}, in the same
 * transaction: checks and records the decision ({@code classification}: reject / out-of-scope / answer /
 * forward / advise-committee, with {@code rejectionReason}, {@code boardAnswer} or {@code agencyGroup}). Bad input undoes the completion:
 * the task stays open and Tasklist shows the message.
 */
@Component("recordClassification")
public record RecordClassification(FeedbackStep step, FeedbackService service, FeedbackCatalog catalog) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.classify(step.feedbackId(execution), CLASSIFICATION.text(execution),
                AGENCY_GROUP.text(execution), REJECTION_REASON.text(execution), BOARD_ANSWER.text(execution),
                step.actor(BoardRole.IT_CENTER));
        CLASSIFICATION.set(execution, CLASSIFICATION.text(execution).strip());
        HANDLED_BY.set(execution, f.handledBy());
        RETURN_REASON.remove(execution);
        if (f.status() == FeedbackStatus.AWAITING_FORWARD_APPROVAL) {
            AGENCY_GROUP.set(execution, f.agencyGroup());
            AGENCY_LABEL.set(execution, catalog.agencyLabel(f.agencyGroup()));
            REVIEW_COMMENT.remove(execution);
        } else if (f.status() == FeedbackStatus.UNDER_REVIEW) {
            ReviewVariables.prepare(execution, f);
        }
    }
}
