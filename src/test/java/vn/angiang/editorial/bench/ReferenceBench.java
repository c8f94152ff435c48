package vn.angiang.editorial.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine on the same database and settings: start → one user task → end, deployed by the
 * benchmark, no listener, no delegate, no form. Driven like the application's processes: as a
 * logged-in IT center official (authorization on), the task offered to the IT center, claimed then
 * completed. Measures instances started per second, then tasks claimed and completed per second.
 */
final class ReferenceBench {

    static final String PROCESS_KEY = "benchReference";
    static final String USER = "ttth.an";
    static final String GROUP = "it-center";

    private final ProcessEngine engine;
    private final Users users;
    private final int threads;

    ReferenceBench(ProcessEngine engine, Users users, int threads) {
        this.engine = engine;
        this.users = users;
        this.threads = threads;
    }

    record Result(int instances, double startSeconds, double completeSeconds) {
        double instancesPerSecond() {
            return instances / startSeconds;
        }

        double tasksPerSecond() {
            return instances / completeSeconds;
        }

        /** Seconds one user task costs in the bare engine: its instance started, the task claimed and completed. */
        double secondsPerUserTask() {
            return (startSeconds + completeSeconds) / instances;
        }
    }

    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
                .name("Tham chiếu: một việc người dùng")
                .camundaHistoryTimeToLive(180)
                .startEvent("started")
                .userTask("work").name("Việc").camundaCandidateGroups(GROUP)
                .endEvent("finished")
                .done();
        engine.getRepositoryService().createDeployment()
                .name("benchmark-reference")
                .addModelInstance(PROCESS_KEY + ".bpmn", model)
                .enableDuplicateFiltering(true)
                .deploy();
        var authorizations = engine.getAuthorizationService();
        if (authorizations.createAuthorizationQuery().groupIdIn(GROUP).resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(PROCESS_KEY).count() == 0) {
            Authorization start = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            start.setGroupId(GROUP);
            start.setResource(Resources.PROCESS_DEFINITION);
            start.setResourceId(PROCESS_KEY);
            start.addPermission(Permissions.READ);
            start.addPermission(Permissions.CREATE_INSTANCE);
            authorizations.saveAuthorization(start);
        }
    }

    Result run(int instances) {
        List<String> started = new CopyOnWriteArrayList<>();
        double start = Parallel.run(threads, instances, i -> users.as(USER, () ->
                started.add(engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY).getId())));
        double complete = Parallel.run(threads, instances, i -> users.as(USER, () -> {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(started.get(i)).singleResult();
            engine.getTaskService().claim(task.getId(), USER);
            engine.getTaskService().complete(task.getId());
        }));
        long open = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        if (open != 0) {
            throw new IllegalStateException(open + " reference instances did not end");
        }
        return new Result(instances, start, complete);
    }
}
