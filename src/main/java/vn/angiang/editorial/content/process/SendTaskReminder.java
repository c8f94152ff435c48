package vn.angiang.editorial.content.process;

import vn.angiang.editorial.platform.process.BoardTime;

import vn.angiang.editorial.content.ContentNotices;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.content.Outcome;
import vn.angiang.editorial.platform.tasks.TimedTasks;

import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reminder end events ({@code vetReminderSent}, ...): the step is due soon; records the reminder
 * in the trail and tells the people who can work the task.
 */
@Component("sendTaskReminder")
public record SendTaskReminder(ContentService service, TaskService tasks, ContentNotices notices) implements JavaDelegate {

    static final DateTimeFormatter DUE = BoardTime.DEADLINE;

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        TimedTasks.of(execution, tasks).stream().findFirst().ifPresent(task -> {
            String due = task.getDueDate() == null ? "" : DUE.format(task.getDueDate().toInstant());
            service.recordDeadlineEvent(id, task.getTaskDefinitionKey(), task.getId(), Outcome.REMIND,
                    "«" + task.getName() + "» đến hạn lúc " + due);
            notices.reminder(task, service.get(id), due);
        });
    }
}
