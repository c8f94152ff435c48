package vn.angiang.editorial.content.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.content.ContentNotices;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.content.Outcome;
import vn.angiang.editorial.platform.tasks.Escalations;
import vn.angiang.editorial.platform.tasks.Escalations.Escalation;
import vn.angiang.editorial.platform.tasks.HeadTasks;
import vn.angiang.editorial.platform.tasks.TimedTasks;

/**
 * The escalation end events ({@code vetEscalated}, ...): the step is overdue. The task stays where it
 * is (the timer does not interrupt it); whoever the task's rule names ({@code escalateTo} in
 * {@code tasks/task-rules.yaml}) is told, an office named there may see and reassign it (its group
 * becomes a candidate), the task rises to the top of the lists (priority), and the escalation is
 * recorded in the trail.
 */
@Component("escalateOverdueTask")
public record EscalateOverdueTask(ContentService service, TaskService tasks, ContentNotices notices,
        Escalations escalations) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        TimedTasks.of(execution, tasks).stream().findFirst().ifPresent(task -> {
            Escalation escalation = escalations.of(HeadTasks.processKey(execution), task.getTaskDefinitionKey());
            escalations.raise(task, escalation);
            String due = task.getDueDate() == null ? "" : SendTaskReminder.DUE.format(task.getDueDate().toInstant());
            service.recordDeadlineEvent(id, task.getTaskDefinitionKey(), task.getId(), Outcome.ESCALATE,
                    "«" + task.getName() + "» quá hạn từ " + due + "; đã báo " + escalation.told());
            notices.escalation(task, service.get(id), due, escalation);
        });
    }
}
