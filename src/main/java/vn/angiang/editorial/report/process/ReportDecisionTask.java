package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.report.process.ReportVariables.REPORT_COMMENT;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_DECISION;
import static vn.angiang.editorial.report.process.ReportVariables.RETURN_COMMENT;
import static vn.angiang.editorial.report.process.ReportVariables.SIGN_DUE;
import static vn.angiang.editorial.report.process.ReportVariables.WRITE_DUE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.ProcessVariable;
import vn.angiang.editorial.platform.tasks.HeadTasks;
import vn.angiang.editorial.report.ReportOutcome;

/**
 * {@code reviewByIctDeputy} (Đ8.4: approve or return) and {@code signReport} (Đ14.3: sign or return; the head,
 * or a deputy under a delegation to sign papers, {@link HeadTasks#actorFor}): on {@code create} the previous
 * decision is cleared; on {@code complete} it is checked and recorded, a return needs its comment and sends the
 * report back to the secretariat. Bad input undoes the completion.
 */
@Component("reportDecisionTask")
public record ReportDecisionTask(ReportStep step, HeadTasks headTasks) implements TaskListener {

    static final String SIGN = "signReport";

    @Override
    public void notify(DelegateTask task) {
        if (ProcessVariable.clearedAtCreate(task, REPORT_DECISION, REPORT_COMMENT)) {
            return;
        }
        boolean signing = SIGN.equals(task.getTaskDefinitionKey());
        Actor actor = signing ? headTasks.actorFor(task, step.actor(BoardRole.HEAD)) : step.actor(BoardRole.DEPUTY_HEAD_ICT);
        ReportOutcome outcome = step.service().decide(ReportVariables.REPORT_ID.required(task), task.getTaskDefinitionKey(),
                REPORT_DECISION.get(task), REPORT_COMMENT.get(task), actor);
        REPORT_DECISION.set(task, outcome.code());
        if (outcome == ReportOutcome.RETURN) {
            RETURN_COMMENT.set(task.getExecution(), REPORT_COMMENT.get(task).strip());
            WRITE_DUE.set(task.getExecution(), step.due(step.service().rules().workingDays().write()));
        } else {
            RETURN_COMMENT.set(task.getExecution(), null);
            if (!signing) {
                SIGN_DUE.set(task.getExecution(), step.due(step.service().rules().workingDays().sign()));
            }
        }
    }
}
