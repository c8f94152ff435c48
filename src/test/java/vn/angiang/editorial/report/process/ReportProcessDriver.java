package vn.angiang.editorial.report.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.royalty.process.RoyaltyClockConfiguration.SettableClock;

/**
 * Drives monthly-report and report-monthly as Tasklist and the job executor would: start form, claim and task
 * form as the demo users with their groups, timers fired on the day the clock is set to.
 */
class ReportProcessDriver {

    static final String KEY = "monthly-report";
    static final String TIMERS = "report-monthly";

    private final ProcessEngine engine;
    private final SettableClock clock;

    /** Also points camunda-bpm-assert at {@code engine}, as each test needs. */
    ReportProcessDriver(ProcessEngine engine, SettableClock clock) {
        this.engine = engine;
        this.clock = clock;
        BpmnAwareTests.init(engine);
    }

    /** After a test: nobody signed in, the clock back to now. */
    void reset() {
        engine.getIdentityService().clearAuthentication();
        clock.set(java.time.Instant.now());
    }

    /** The application's clock at 07:00 of {@code day} in the board's zone. */
    void today(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(7, 0)).atZone(BoardTime.ZONE).toInstant());
    }

    <T> T as(String userId, java.util.function.Supplier<T> work) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The start form, submitted by {@code userId}. */
    ProcessInstance start(String userId, String kind, String from, String to) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult().getId();
        return as(userId, () -> engine.getFormService().submitStartForm(definition,
                Map.of("reportKind", kind, "reportFrom", from, "reportTo", to)));
    }

    /** Fires the timer start event {@code timerId} of report-monthly now; the monthly report it started, if any. */
    ProcessInstance fire(String timerId) {
        List<String> before = reports().stream().map(ProcessInstance::getId).toList();
        Job job = engine.getManagementService().createJobQuery().processDefinitionKey(TIMERS).activityId(timerId)
                .timers().singleResult();
        engine.getManagementService().executeJob(job.getId());
        return reports().stream().filter(pi -> !before.contains(pi.getId())).findFirst().orElse(null);
    }

    /** Fires the boundary timer {@code activityId} of {@code pi}. */
    void fire(ProcessInstance pi, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    private List<ProcessInstance> reports() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).list();
    }

    List<Task> tasks(ProcessInstance pi, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
    }

    Task task(ProcessInstance pi, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** Claims the open {@code taskKey} of {@code pi} as {@code userId} and submits its form. */
    void work(ProcessInstance pi, String taskKey, String userId, Map<String, Object> form) {
        work(task(pi, taskKey), userId, form);
    }

    void work(Task task, String userId, Map<String, Object> form) {
        as(userId, () -> {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), userId);
            }
            engine.getFormService().submitTaskForm(task.getId(), form);
            return null;
        });
    }

    /** The secretariat writes the narrative. */
    void write(ProcessInstance pi) {
        work(pi, "writeNarrative", "tgv.thu", Map.of("reportAssessment", "Cổng hoạt động ổn định; các cơ quan cung cấp thông tin kịp thời.",
                "reportNextTasks", "Đôn đốc Sở Tài chính cung cấp đủ tin, bài.", "reportProposals", ""));
    }

    void decide(ProcessInstance pi, String taskKey, String userId, String decision, String comment) {
        work(pi, taskKey, userId, comment == null ? Map.of("reportDecision", decision)
                : Map.of("reportDecision", decision, "reportComment", comment));
    }
}
