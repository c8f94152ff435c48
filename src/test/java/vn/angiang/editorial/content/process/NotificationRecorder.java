package vn.angiang.editorial.content.process;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Stands in for the platform's notification beans ({@code notifyCandidates}, {@code notifyRequester})
 * where they are not part of the build: records who would be told what.
 */
public class NotificationRecorder {

    public record Notice(String kind, String processInstanceId, String subject, String outcome, String comment) {
    }

    public final List<Notice> notices = new CopyOnWriteArrayList<>();

    public TaskListener candidates() {
        return task -> notices.add(new Notice("candidates", task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                null, groups(task)));
    }

    public JavaDelegate requester() {
        return (DelegateExecution execution) -> notices.add(new Notice("requester", execution.getProcessInstanceId(),
                (String) execution.getVariable("requesterId"), (String) execution.getVariable("outcome"),
                (String) execution.getVariable("outcomeComment")));
    }

    public List<Notice> of(String processInstanceId) {
        return notices.stream().filter(n -> n.processInstanceId().equals(processInstanceId)).toList();
    }

    private static String groups(DelegateTask task) {
        return String.join(",", task.getCandidates().stream().map(link -> String.valueOf(link.getGroupId())).sorted()
                .toList());
    }
}
