package vn.angiang.editorial.meeting.process;

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

/**
 * Drives meeting-convocation through the engine's API the way Tasklist does: start form and task forms submitted
 * as the signed-in demo user (with their groups, so authorization and the form guard apply), a task claimed before
 * it is completed, timers fired as the job executor would.
 */
public class MeetingProcessDriver {

    public static final String PROCESS_KEY = "meeting-convocation";
    
    private final IdentityService identity;
    private final FormService forms;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final ManagementService management;

    public MeetingProcessDriver(IdentityService identity, FormService forms, TaskService tasks,
            RepositoryService repository, ManagementService management) {
        this.identity = identity;
        this.forms = forms;
        this.tasks = tasks;
        this.repository = repository;
        this.management = management;
    }

    /** A map of keys and values in turn; a value may be null. */
    public static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
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
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult().getId();
        as(userId);
        try {
            return forms.submitStartForm(definitionId, variables);
        } finally {
            asNobody();
        }
    }

    /** The half-year timer fires (the job of the timer start event). */
    public void halfYearStarts() {
        Job job = management.createJobQuery().activityId("halfYearBegins").singleResult();
        if (job == null) {
            throw new IllegalStateException("no half-year timer");
        }
        asNobody();
        management.executeJob(job.getId());
    }

    public List<Task> openTasks(ProcessInstance pi, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
    }

    /** The open task {@code taskKey} that {@code userId} may work (assigned to them, or offered to their groups). */
    public Task taskFor(ProcessInstance pi, String taskKey, String userId) {
        List<Task> assigned = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .taskAssignee(userId).list();
        if (!assigned.isEmpty()) {
            return assigned.get(0);
        }
        List<Task> offered = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .taskCandidateUser(userId).list();
        if (offered.isEmpty()) {
            throw new IllegalStateException("no open task " + taskKey + " for " + userId);
        }
        return offered.get(0);
    }

    /** Claims the open task {@code taskKey} as {@code userId} (unless it is theirs) and submits its form. */
    public void work(ProcessInstance pi, String taskKey, String userId, Map<String, Object> variables) {
        Task task = taskFor(pi, taskKey, userId);
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

    /** Fires the earliest of several timers of {@code boundaryEventId} (one per follow-up, say). */
    public void fireEarliest(ProcessInstance pi, String boundaryEventId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(boundaryEventId)
                .orderByJobDuedate().asc().list().get(0);
        asNobody();
        management.executeJob(job.getId());
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
}
