package vn.angiang.editorial.content;


import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.notification.Outbox;

/**
 * Reminder and escalation mails about a step of content approval, through the outbox (template
 * {@code generic}), in the engine's transaction. They run from timers (the job executor), with no
 * user logged in.
 */
@Component
public class ContentNotices {

    static final String TEMPLATE = "generic";
    private static final Logger log = LoggerFactory.getLogger(ContentNotices.class);

    private final Outbox outbox;
    private final IdentityService identity;
    private final TaskService tasks;
    private final String tasklistUrl;

    public ContentNotices(Outbox outbox, IdentityService identity, TaskService tasks,
            @Value("${editorial.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.outbox = outbox;
        this.identity = identity;
        this.tasks = tasks;
        this.tasklistUrl = publicBaseUrl.replaceAll("/+$", "") + "/camunda/app/tasklist/default/#/?task=";
    }

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
        send(users, groups, task, "Sắp đến hạn: " + task.getName(),
                "Việc «" + task.getName() + "» đối với tin bài «" + submission.title() + "» (mã " + submission.itemKey()
                        + ") đến hạn lúc " + due + ".\nMở để xử lý: " + tasklistUrl + task.getId());
    }

    /** To the deputy head in charge (Đ8.1, Đ8.3): the step is overdue. */
    public void escalation(Task task, Submission submission, String due, String escalationGroup) {
        String holder = task.getAssignee() != null ? "người đang xử lý: " + task.getAssignee()
                : "nhóm xử lý: " + String.join(", ", tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null
                                && !l.getGroupId().equals(escalationGroup))
                        .map(IdentityLink::getGroupId).toList());
        send(Set.of(), Set.of(escalationGroup), task, "Quá hạn xử lý: " + task.getName(),
                "Việc «" + task.getName() + "» đối với tin bài «" + submission.title() + "» (mã " + submission.itemKey()
                        + ") đã quá hạn từ " + due + " (" + holder + ").\nViệc đã được chuyển vào danh sách của "
                        + "Phó Trưởng ban để đôn đốc hoặc giao lại: " + tasklistUrl + task.getId());
    }

    private void send(Set<String> userIds, Set<String> groupIds, Task task, String subject, String message) {
        Map<String, User> recipients = new LinkedHashMap<>();
        for (String userId : userIds) {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user != null) {
                recipients.putIfAbsent(user.getId(), user);
            }
        }
        for (String groupId : groupIds) {
            identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()
                    .forEach(user -> recipients.putIfAbsent(user.getId(), user));
        }
        for (User user : recipients.values()) {
            if (!Outbox.isValidAddress(user.getEmail())) {
                log.info("Task {}: {} has no usable e-mail address, not mailed", task.getId(), user.getId());
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("recipientName", (nz(user.getFirstName()) + " " + nz(user.getLastName())).strip());
            model.put("subject", subject);
            model.put("message", message);
            outbox.enqueue(user.getEmail().strip(), TEMPLATE, model, "task:" + task.getId());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
