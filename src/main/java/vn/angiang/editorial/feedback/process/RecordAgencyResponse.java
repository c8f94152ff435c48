package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.CLASSIFY_DUE;
import static vn.angiang.editorial.feedback.FeedbackVariables.AGENCY_ANSWER;
import static vn.angiang.editorial.feedback.FeedbackVariables.AGENCY_GROUP;
import static vn.angiang.editorial.feedback.FeedbackVariables.AGENCY_RESPONSE;
import static vn.angiang.editorial.feedback.FeedbackVariables.CLASSIFICATION;
import static vn.angiang.editorial.feedback.FeedbackVariables.RETURN_REASON;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackStatus;

/**
 * {@code recordAgencyResponse}, right after the agency completes {@code answerFeedback}: the answer goes to
 * review; "not within our competence" (with its reason) goes back to classification. Bad input undoes the
 * completion (REST 400, the task stays open).
 */
@Component("recordAgencyResponse")
public record RecordAgencyResponse(FeedbackStep step, FeedbackService service, FeedbackCatalog catalog) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        long id = step.feedbackId(execution);
        // the agency the record is forwarded to, not what a variable says
        String agency = service.get(id).agencyGroup();
        Feedback f = service.respond(id, AGENCY_RESPONSE.text(execution), AGENCY_ANSWER.text(execution),
                step.actorIn(agency));
        AGENCY_RESPONSE.set(execution, AGENCY_RESPONSE.text(execution).strip());
        if (f.status() == FeedbackStatus.RECEIVED) {
            // a new time to classify, counted from now
            CLASSIFY_DUE.set(execution, Date.from(f.classifyDue().toInstant()));
            RETURN_REASON.set(execution, catalog.agencyLabel(agency) + " trả lại (không thuộc thẩm quyền): "
                    + AGENCY_ANSWER.text(execution).strip());
            CLASSIFICATION.set(execution, FeedbackService.FORWARD);
            AGENCY_GROUP.set(execution, null);
            AGENCY_ANSWER.remove(execution);
        } else {
            ReviewVariables.prepare(execution, f);
        }
    }
}
