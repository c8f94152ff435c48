package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackStatus;

import static vn.angiang.editorial.feedback.process.ProcessVariables.text;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code recordClassification}, right after the IT center completes {@code classifyFeedback}, in the same
 * transaction: checks and records the decision ({@code classification}: reject / answer / forward, with
 * {@code rejectionReason}, {@code boardAnswer} or {@code agencyGroup}). Bad input undoes the completion:
 * the task stays open and Tasklist shows the message.
 */
@Component("recordClassification")
public class RecordClassification implements JavaDelegate {

    private final FeedbackService service;
    private final FeedbackCatalog catalog;

    public RecordClassification(FeedbackService service, FeedbackCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.classify(ProcessVariables.feedbackId(execution, service), text(execution, "classification"),
                text(execution, ProcessVariables.AGENCY_GROUP), text(execution, "rejectionReason"),
                text(execution, "boardAnswer"), ProcessVariables.actor(execution, "it-center"));
        execution.setVariable("classification", text(execution, "classification").strip());
        execution.setVariable("handledBy", f.handledBy());
        execution.removeVariable("returnReason");
        if (f.status() == FeedbackStatus.FORWARDED) {
            execution.setVariable(ProcessVariables.AGENCY_GROUP, f.agencyGroup());
            execution.setVariable("agencyLabel", catalog.agencyLabel(f.agencyGroup()));
            execution.setVariable("answerDue", Date.from(f.answerDue().toInstant()));
            execution.setVariable("progressCycle", "R/P" + service.progressIntervalDays() + "D");
            execution.removeVariable("reviewComment");
        } else if (f.status() == FeedbackStatus.UNDER_REVIEW) {
            ReviewVariables.prepare(execution, f);
        }
    }
}
