package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.ANSWERED_BY_LABEL;
import static vn.angiang.editorial.feedback.FeedbackVariables.ANSWER_TEXT;
import static vn.angiang.editorial.feedback.FeedbackVariables.PUBLIC_ANSWER;
import static vn.angiang.editorial.feedback.FeedbackVariables.PUBLIC_QUESTION;
import static vn.angiang.editorial.feedback.FeedbackVariables.PUBLISH_DUE;
import static vn.angiang.editorial.feedback.FeedbackVariables.REVIEW_COMMENT;
import static vn.angiang.editorial.feedback.FeedbackVariables.REVIEW_DECISION;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.PersonalDataRedactor;

/** What the reviewing board member's form shows: the answer and the public texts, personal data removed. */
final class ReviewVariables {

    private ReviewVariables() {
    }

    static void prepare(DelegateExecution execution, Feedback f) {
        ANSWER_TEXT.set(execution, f.answerText());
        ANSWERED_BY_LABEL.set(execution, f.answeredGroup() == null ? f.answeredBy() : f.answeredGroup());
        PUBLIC_QUESTION.set(execution, PersonalDataRedactor.redact(f.subject() + "\n\n" + f.content(), f));
        PUBLIC_ANSWER.set(execution, PersonalDataRedactor.redact(f.answerText(), f));
        PUBLISH_DUE.set(execution, Date.from(f.publishDue().toInstant()));
        REVIEW_DECISION.remove(execution);
        REVIEW_COMMENT.remove(execution);
    }
}
