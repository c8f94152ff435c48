package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackStatus;

import static vn.angiang.editorial.feedback.process.ProcessVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code recordAgencyResponse}, right after the agency completes {@code answerFeedback}: the answer goes to
 * review; "not within our competence" (with its reason) goes back to classification. Bad input undoes the
 * completion (REST 400, the task stays open).
 */
@Component("recordAgencyResponse")
public class RecordAgencyResponse implements JavaDelegate {

    private final FeedbackService service;
    private final FeedbackCatalog catalog;

    public RecordAgencyResponse(FeedbackService service, FeedbackCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ProcessVariables.feedbackId(execution, service);
        // the agency the record is forwarded to, not what a variable says
        String agency = service.get(id).agencyGroup();
        Feedback f = service.respond(id, text(execution, "agencyResponse"), text(execution, "agencyAnswer"),
                ProcessVariables.actor(execution, agency));
        execution.setVariable("agencyResponse", text(execution, "agencyResponse").strip());
        if (f.status() == FeedbackStatus.RECEIVED) {
            execution.setVariable("returnReason", catalog.agencyLabel(agency) + " trả lại (không thuộc thẩm quyền): "
                    + text(execution, "agencyAnswer").strip());
            execution.setVariable("classification", FeedbackService.FORWARD);
            execution.setVariable(ProcessVariables.AGENCY_GROUP, null);
            execution.removeVariable("agencyAnswer");
        } else {
            ReviewVariables.prepare(execution, f);
        }
    }
}
