package vn.angiang.editorial.content.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.angiang.editorial.platform.process.DemoSteps;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Drives content-approval through the engine's API the way Tasklist does: the start form and task
 * forms are submitted as the logged-in demo user (with their groups, so authorization applies), each
 * task is claimed before it is completed.
 */
public class ContentProcessDriver {

    
    private final IdentityService identity;
    private final FormService forms;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final ManagementService management;

    public ContentProcessDriver(IdentityService identity, FormService forms, TaskService tasks,
            RepositoryService repository, ManagementService management) {
        this.identity = identity;
        this.forms = forms;
        this.tasks = tasks;
        this.repository = repository;
        this.management = management;
    }

    public static Map<String, Object> content(String title, String summary, String body) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("summary", summary);
        content.put("body", body);
        return content;
    }

    /** What the start form sends for a typical item. */
    public static VariableMap submission(String type, String field, String urgency) {
        return Variables.createVariables()
                .putValue("content", DemoSteps.json(content("Khánh thành cầu Châu Đốc",
                        "Cầu mới nối hai bờ sông Hậu, rút ngắn đường đi.",
                        "<p>Sáng nay, cầu Châu Đốc đã được <strong>khánh thành</strong>.</p>")))
                .putValue("contentType", type)
                .putValue("field", field)
                .putValue("urgency", urgency)
                .putValue("sourceAgency", "UBND phường Châu Đốc")
                .putValue("contributors", DemoSteps.json(List.of(Map.of("name", "Hồ Ngọc Lan", "role", "author"),
                        Map.of("name", "Dương Văn Minh", "role", "photographer"))));
    }

    public void as(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
    }

    public void asNobody() {
        identity.clearAuthentication();
    }

    /** The start form, submitted by {@code userId}. */
    public ProcessInstance start(String userId, Map<String, Object> variables) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("content-approval")
                .latestVersion().singleResult().getId();
        as(userId);
        try {
            return forms.submitStartForm(definitionId, variables);
        } finally {
            asNobody();
        }
    }

    public Task openTask(ProcessInstance pi, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    /** Claims the open task {@code taskKey} as {@code userId} and submits its form. */
    public void work(ProcessInstance pi, String taskKey, String userId, Map<String, Object> variables) {
        Task task = openTask(pi, taskKey);
        if (task == null) {
            throw new IllegalStateException("no open task " + taskKey);
        }
        as(userId);
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), userId);
            }
            forms.submitTaskForm(task.getId(), variables);
        } finally {
            asNobody();
        }
    }

    public Job timer(ProcessInstance pi, String boundaryEventId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(boundaryEventId).singleResult();
    }

    /** Fires a timer now, as the job executor would when it is due. */
    public void fire(ProcessInstance pi, String boundaryEventId) {
        Job job = timer(pi, boundaryEventId);
        if (job == null) {
            throw new IllegalStateException("no timer " + boundaryEventId);
        }
        asNobody();
        management.executeJob(job.getId());
    }

    public static Map<String, Object> decision(String variable, String value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(variable, value);
        return map;
    }

    public static Map<String, Object> decision(String variable, String value, String commentVariable, String comment) {
        Map<String, Object> map = decision(variable, value);
        map.put(commentVariable, comment);
        return map;
    }
}
