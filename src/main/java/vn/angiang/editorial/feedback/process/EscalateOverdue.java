package vn.angiang.editorial.feedback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackMail;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.platform.tasks.Escalations;
import vn.angiang.editorial.platform.tasks.HeadTasks;

/**
 * {@code escalateOverdue}, when the agency's answer is past its due date (timer {@code answerOverdue}):
 * flags the case as overdue and tells whom the rule of {@code answerFeedback} names ({@code escalateTo}
 * in {@code tasks/task-rules.yaml}) and the agency.
 */
@Component("escalateOverdue")
public record EscalateOverdue(FeedbackStep step, FeedbackService service, FeedbackMail mail,
        Escalations escalations) implements JavaDelegate {

    /** The task whose lateness is escalated. */
    static final String ANSWER_TASK = "answerFeedback";

    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.escalate(step.feedbackId(execution));
        escalations.of(HeadTasks.processKey(execution), ANSWER_TASK).groups()
                .forEach(group -> mail.toGroup(execution, group, FeedbackMail.OVERDUE, f));
        mail.toGroup(execution, f.agencyGroup(), FeedbackMail.OVERDUE, f);
    }
}
