package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.RETURN_COMMENT;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_COMMENT;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_DECISION;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.SCORE_DUE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.process.ProcessVariable;
import vn.angiang.editorial.platform.tasks.HeadTasks;
import vn.angiang.editorial.royalty.StatementStatus;

/**
 * {@code approveStatement}, the head's task: on {@code create} the previous decision is cleared; on
 * {@code complete} the head, or a deputy under a delegation to approve royalties ({@link HeadTasks#actorFor}),
 * approves the statement or returns it with comments (Đ7.6, Đ10.9, Đ11.6). Bad input undoes the completion.
 */
@Component("approveStatementTask")
public record ApproveStatementTask(RoyaltyStep step, HeadTasks headTasks) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (ProcessVariable.clearedAtCreate(task, ROYALTY_DECISION, ROYALTY_COMMENT)) {
            return;
        }
        var s = step.service().decide(RoyaltyVariables.STATEMENT_ID.required(task), ROYALTY_DECISION.get(task), ROYALTY_COMMENT.get(task),
                headTasks.actorFor(task, step.actor(BoardRole.HEAD)));
        ROYALTY_DECISION.set(task, ROYALTY_DECISION.get(task).strip());
        RETURN_COMMENT.set(task, s.status() == StatementStatus.RETURNED ? s.returnComment() : null);
        if (s.status() == StatementStatus.RETURNED) {
            SCORE_DUE.set(task.getExecution(), step.due(step.service().rules().workingDays().score()));
        }
    }
}
