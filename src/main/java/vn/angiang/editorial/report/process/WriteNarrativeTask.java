package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.report.process.ReportVariables.REPORT_ASSESSMENT;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_NEXT_TASKS;
import static vn.angiang.editorial.report.process.ReportVariables.REPORT_PROPOSALS;
import static vn.angiang.editorial.report.process.ReportVariables.REVIEW_DUE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;

/**
 * {@code writeNarrative}, on {@code complete}: the secretariat's assessment, next tasks and proposals are checked
 * and kept with the report (Đ12.4); bad input undoes the completion and the task stays open.
 */
@Component("writeNarrativeTask")
public record WriteNarrativeTask(ReportStep step) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        step.service().writeNarrative(ReportVariables.REPORT_ID.required(task), REPORT_ASSESSMENT.get(task), REPORT_NEXT_TASKS.get(task),
                REPORT_PROPOSALS.get(task), step.actor(BoardRole.SECRETARIAT));
        REVIEW_DUE.set(task.getExecution(), step.due(step.service().rules().workingDays().review()));
    }
}
