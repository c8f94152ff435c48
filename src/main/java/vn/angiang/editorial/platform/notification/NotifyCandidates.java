package vn.angiang.editorial.platform.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Task listener for any user task: tells the people who can work on a new task that it is there.
 * <pre>{@code <camunda:taskListener event="create" delegateExpression="${notifyCandidates}"/>}</pre>
 * Recipients: the assignee, the candidate users and the members of the candidate groups, each once, each
 * with an e-mail address (people without one are skipped and logged). Template {@code task-created} with
 * {@code recipientName}, {@code taskName}, {@code processName}, {@code businessKey}, {@code dueDate}
 * ({@code dd/MM/yyyy HH:mm}, Vietnam time; the template says "không quy định" when the task has none, "(không
 * có)" when there is no business key) and {@code taskUrl}
 * (the task in Tasklist, from {@code editorial.public-base-url}). The messages are written to the outbox in
 * the engine's transaction: if the step that created the task fails, nobody is mailed.
 */
@Component("notifyCandidates")
public record NotifyCandidates(Outbox outbox, PublicLinks links) implements TaskListener {

    public static final String TEMPLATE = "task-created";
    private static final Logger log = LoggerFactory.getLogger(NotifyCandidates.class);


    @Override
    public void notify(DelegateTask task) {
        List<String> skipped = new ArrayList<>();
        Set<String> userIds = new LinkedHashSet<>();
        Set<String> groupIds = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            userIds.add(task.getAssignee());
        }
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                userIds.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                groupIds.add(link.getGroupId());
            }
        }
        var engine = task.getProcessEngineServices();
        List<EngineDirectory.Recipient> recipients = EngineDirectory.withoutAuthorization(() ->
                EngineDirectory.usersAndMembers(engine.getIdentityService(), userIds, groupIds, skipped));
        if (!skipped.isEmpty()) {
            log.info("Task {} ({}): not mailed to {}", task.getId(), task.getName(), skipped);
        }
        if (recipients.isEmpty()) {
            return;
        }
        String processName = EngineDirectory.withoutAuthorization(() ->
                EngineDirectory.processName(engine, task.getProcessDefinitionId()));
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        for (EngineDirectory.Recipient r : recipients) {
            Map<String, Object> model = new HashMap<>();
            model.put("recipientName", r.name());
            model.put("taskName", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
            model.put("processName", processName);
            model.put("businessKey", businessKey);
            model.put("dueDate", task.getDueDate());
            model.put("taskUrl", links.task(task.getId()));
            model.put("taskId", task.getId());
            outbox.enqueue(r.email(), TEMPLATE, model, "task:" + task.getId());
        }
    }
}
