package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.PersonalDataRedactor;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the reviewing board member's form shows: the answer and the public texts, personal data removed. */
final class ReviewVariables {

    private ReviewVariables() {
    }

    static void prepare(DelegateExecution execution, Feedback f) {
        execution.setVariable("answerText", f.answerText());
        execution.setVariable("answeredByLabel", f.answeredGroup() == null ? f.answeredBy() : f.answeredGroup());
        execution.setVariable("publicQuestion", PersonalDataRedactor.redact(f.subject() + "\n\n" + f.content(), f));
        execution.setVariable("publicAnswer", PersonalDataRedactor.redact(f.answerText(), f));
        execution.setVariable("publishDue", Date.from(f.publishDue().toInstant()));
        execution.removeVariable("reviewDecision");
        execution.removeVariable("reviewComment");
    }
}
