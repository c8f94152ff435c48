package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.ESCALATION_GROUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackMail;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.platform.orgchart.BoardRole;

/**
 * {@code escalateOverdue}, when the agency's answer is past its due date (timer {@code answerOverdue}):
 * flags the case for the monthly report and tells the deputy head in charge (the group in the input
 * parameter {@code escalationGroup} of the model, else the ICT deputy, Đ8.4) and the agency.
 */
@Component("escalateOverdue")
public record EscalateOverdue(FeedbackStep step, FeedbackService service, FeedbackMail mail) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.escalate(step.feedbackId(execution));
        String escalationGroup = ESCALATION_GROUP.optional(execution).orElse(step.group(BoardRole.DEPUTY_HEAD_ICT));
        mail.toGroup(execution, escalationGroup, FeedbackMail.OVERDUE, f);
        mail.toGroup(execution, f.agencyGroup(), FeedbackMail.OVERDUE, f);
    }
}
