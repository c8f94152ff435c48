package vn.angiang.editorial.royalty.process;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Drives royalty-payout as Tasklist does (start form, claim, task form, as the demo users with their groups),
 * fires the monthly timer as the job executor would, and puts published works in the content records the
 * way the content process leaves them (the test's own setup: the royalty code only reads them).
 */
public class RoyaltyProcessDriver {

    static final String KEY = "royalty-payout";

    private final IdentityService identity;
    private final FormService forms;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;

    RoyaltyProcessDriver(IdentityService identity, FormService forms, TaskService tasks, RepositoryService repository,
            ManagementService management, RuntimeService runtime, JdbcClient jdbc) {
        this.identity = identity;
        this.forms = forms;
        this.tasks = tasks;
        this.repository = repository;
        this.management = management;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    void as(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
    }

    /** The start form, submitted by {@code userId} for {@code month} (yyyy-MM). */
    ProcessInstance startByHand(String userId, String month) {
        return startByHand(userId, month, "regular");
    }

    /** The start form with the kind of statement chosen: regular or supplementary. */
    ProcessInstance startByHand(String userId, String month, String kind) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
                .singleResult().getId();
        as(userId);
        try {
            return forms.submitStartForm(definitionId, Map.of("royaltyMonth", month, "royaltyKind", kind));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Fires the monthly timer of royalty-monthly now, as the job executor would; the payout it started, if any. */
    ProcessInstance fireMonthlyTimer() {
        Job job = management.createJobQuery().processDefinitionKey("royalty-monthly").timers().singleResult();
        identity.clearAuthentication();
        List<String> before = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
                .map(ProcessInstance::getId).toList();
        management.executeJob(job.getId());
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
                .filter(pi -> !before.contains(pi.getId())).findFirst().orElse(null);
    }

    /** Fires the timer {@code boundaryEventId} of {@code pi} now, as the job executor would when it is due. */
    void fire(ProcessInstance pi, String boundaryEventId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(boundaryEventId).singleResult();
        if (job == null) {
            throw new IllegalStateException("no timer " + boundaryEventId);
        }
        identity.clearAuthentication();
        management.executeJob(job.getId());
    }

    List<Task> openTasks(ProcessInstance pi, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
    }

    Task openTask(ProcessInstance pi, String taskKey, String candidateGroup) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .taskCandidateGroup(candidateGroup).includeAssignedTasks().singleResult();
    }

    Object variable(Task task, String name) {
        return tasks.getVariable(task.getId(), name);
    }

    /** Claims {@code task} as {@code userId} and submits its form. */
    void work(Task task, String userId, Map<String, Object> variables) {
        as(userId);
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), userId);
            }
            forms.submitTaskForm(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** A work the content process published (first version), with its contributors; returns its item id. */
    long published(String title, String contentType, String field, String fieldGroup, String submitterGroup,
            OffsetDateTime at, String... contributors) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO content_submission (submitter_id, submitter_group, title, summary, body_html, content_type,
                       field_code, urgency, status, content_version, appraiser_group, created_at, updated_at)
                VALUES ('someone', :sg, :title, 'Tóm tắt', '<p>Nội dung</p>', :type, :field, 'normal', 'PUBLISHED', 1,
                        :fg, :at, :at)""")
                .param("sg", submitterGroup).param("title", title).param("type", contentType).param("field", field)
                .param("fg", fieldGroup).param("at", at).update(key, "id");
        long submission = key.getKey().longValue();
        for (int i = 0; i < contributors.length; i++) {
            jdbc.sql("INSERT INTO content_contributor (submission_id, position, name, role) VALUES (:s, :p, :n, 'author')")
                    .param("s", submission).param("p", i + 1).param("n", contributors[i]).update();
        }
        GeneratedKeyHolder item = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO published_item (item_key, item_version, source_kind, source_id, title, body_html, state,
                       first_published_at, published_at, published_by)
                VALUES (:key, 1, 'content', :s, :title, '<p>Nội dung</p>', 'CURRENT', :at, :at, 'ttth.an')""")
                .param("key", "content-" + submission).param("s", submission).param("title", title).param("at", at)
                .update(item, "id");
        return item.getKey().longValue();
    }
}
