package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.AGENCY_GROUP;
import static vn.angiang.editorial.feedback.FeedbackVariables.ANSWER_DUE;
import static vn.angiang.editorial.feedback.FeedbackVariables.CLASSIFY_DUE;
import static vn.angiang.editorial.feedback.FeedbackVariables.FORWARD_COMMENT;
import static vn.angiang.editorial.feedback.FeedbackVariables.FORWARD_DECISION;
import static vn.angiang.editorial.feedback.FeedbackVariables.PROGRESS_CYCLE;
import static vn.angiang.editorial.feedback.FeedbackVariables.RETURN_REASON;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackStatus;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.process.ProcessVariable;
import vn.angiang.editorial.platform.tasks.HeadTasks;

/**
 * On {@code approveForwarding} ({@code complete}): the head, or a deputy under a delegation to sign papers
 * ({@link HeadTasks#actorFor}), approves the forwarding — the agency's time runs from now — or returns the
 * case to the IT center. On {@code create}, the previous decision is cleared. Bad input undoes the
 * completion: the task stays open.
 */
@Component("forwardingApproval")
public record RecordForwardingApproval(FeedbackStep step, FeedbackService service, HeadTasks headTasks)
        implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (ProcessVariable.clearedAtCreate(task, FORWARD_DECISION, FORWARD_COMMENT)) {
            return;
        }
        Feedback f = service.approveForwarding(step.feedbackId(task.getExecution()), FORWARD_DECISION.text(task),
                FORWARD_COMMENT.text(task), headTasks.actorFor(task, step.actor(BoardRole.HEAD)));
        FORWARD_DECISION.set(task, FORWARD_DECISION.text(task).strip());
        if (f.status() == FeedbackStatus.FORWARDED) {
            ANSWER_DUE.set(task, Date.from(f.answerDue().toInstant()));
            PROGRESS_CYCLE.set(task, "R/P" + service.progressIntervalDays() + "D");
        } else {
            RETURN_REASON.set(task, "Lãnh đạo Ban trả lại đề xuất chuyển: " + FORWARD_COMMENT.text(task).strip());
            AGENCY_GROUP.set(task, null);
            CLASSIFY_DUE.set(task, Date.from(f.classifyDue().toInstant()));
        }
    }
}
