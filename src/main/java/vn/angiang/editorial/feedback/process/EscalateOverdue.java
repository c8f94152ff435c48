package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackMail;
import vn.angiang.editorial.feedback.FeedbackService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code escalateOverdue}, when the agency's answer is past its due date (timer {@code answerOverdue}):
 * flags the case for the monthly report and tells the deputy head in charge (the group in the input
 * parameter {@code escalationGroup} of the model) and the agency.
 */
@Component("escalateOverdue")
public class EscalateOverdue implements JavaDelegate {

    private final FeedbackService service;
    private final FeedbackMail mail;

    public EscalateOverdue(FeedbackService service, FeedbackMail mail) {
        this.service = service;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.escalate(ProcessVariables.feedbackId(execution, service));
        String escalationGroup = ProcessVariables.text(execution, "escalationGroup");
        mail.toGroup(execution, escalationGroup == null ? "deputy-head-ict" : escalationGroup, FeedbackMail.OVERDUE, f);
        mail.toGroup(execution, f.agencyGroup(), FeedbackMail.OVERDUE, f);
    }
}
