package vn.angiang.editorial.meeting.process;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * The open tasks a meeting's reminder or escalation timer is about ({@link vn.angiang.editorial.platform.tasks.TimedTasks});
 * inside one follow-up's own run (the multi-instance sub-process), only that follow-up's task.
 */
final class TimedTasks {

    private TimedTasks() {
    }

    static List<Task> of(DelegateExecution execution, TaskService tasks) {
        List<Task> open = vn.angiang.editorial.platform.tasks.TimedTasks.of(execution, tasks);
        Object followUp = execution.getVariable(MeetingVariables.FOLLOW_UP.name());
        return followUp == null ? open : open.stream()
                .filter(task -> followUp.equals(tasks.getVariable(task.getId(), MeetingVariables.FOLLOW_UP.name())))
                .toList();
    }
}
