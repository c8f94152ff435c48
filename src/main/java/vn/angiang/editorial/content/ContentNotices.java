package vn.angiang.editorial.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.notification.EngineDirectory;
import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.notification.PublicLinks;
import vn.angiang.editorial.platform.tasks.Escalations.Escalation;

/**
 * Reminder and escalation mails about a step of content approval, through the outbox (templates
 * {@code content-reminder} and {@code content-escalation}), in the engine's transaction. They run from
 * timers (the job executor), with no user logged in.
 */
@Component
public record ContentNotices(Outbox outbox, IdentityService identity, TaskService tasks, PublicLinks links) {

    static final String REMINDER = "content-reminder";
    static final String ESCALATION = "content-escalation";
    private static final Logger log = LoggerFactory.getLogger(ContentNotices.class);


    /** To whoever can work the task: its assignee, or else its candidate users and groups' members. */
    public void reminder(Task task, Submission submission, String due) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        } else {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    if (link.getUserId() != null) {
                        users.add(link.getUserId());
                    }
                    if (link.getGroupId() != null) {
                        groups.add(link.getGroupId());
                    }
                }
            }
        }
        send(users, groups, task, REMINDER, model(task, submission, due));
    }

    /** To the deputy head in charge (Đ8.1, Đ8.3): the step is overdue. */
    public void escalation(Task task, Submission submission, String due, Escalation escalation) {
        Map<String, Object> model = model(task, submission, due);
        model.put("assignee", task.getAssignee());
        model.put("candidateGroups", tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null
                        && !escalation.takeOver().contains(l.getGroupId()))
                .map(IdentityLink::getGroupId).toList());
        model.put("told", escalation.told());
        model.put("takesOver", !escalation.takeOver().isEmpty());
        send(escalation.users(), escalation.groups(), task, ESCALATION, model);
    }

    private Map<String, Object> model(Task task, Submission submission, String due) {
        Map<String, Object> model = new HashMap<>();
        model.put("taskName", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
        model.put("itemTitle", submission.title());
        model.put("itemKey", submission.itemKey());
        model.put("due", due);
        model.put("taskUrl", links.task(task.getId()));
        return model;
    }

    private void send(Set<String> userIds, Set<String> groupIds, Task task, String template, Map<String, Object> model) {
        List<String> skipped = new ArrayList<>();
        for (EngineDirectory.Recipient r : EngineDirectory.usersAndMembers(identity, userIds, groupIds, skipped)) {
            Map<String, Object> personal = new HashMap<>(model);
            personal.put("recipientName", r.name());
            outbox.enqueue(r.email(), template, personal, "task:" + task.getId());
        }
        if (!skipped.isEmpty()) {
            log.info("Task {}: not mailed to {}", task.getId(), skipped);
        }
    }
}
