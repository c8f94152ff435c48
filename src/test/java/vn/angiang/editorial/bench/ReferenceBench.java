package vn.angiang.editorial.bench;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine on the same database and settings: start → one user task → end, deployed by the
 * benchmark. Measures instances started per second, then their tasks completed per second.
 */
final class ReferenceBench {

    static final String PROCESS_KEY = "benchReference";

    private final ProcessEngine engine;
    private final int threads;

    ReferenceBench(ProcessEngine engine, int threads) {
        this.engine = engine;
        this.threads = threads;
    }

    record Result(int instances, double startSeconds, double completeSeconds) {
        double instancesPerSecond() {
            return instances / startSeconds;
        }

        double tasksPerSecond() {
            return instances / completeSeconds;
        }

        /** One user task's whole life in the bare engine: its instance started, the task completed. */
        double endToEndTasksPerSecond() {
            return instances / (startSeconds + completeSeconds);
        }
    }

    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
                .name("Tham chiếu: một việc người dùng")
                .camundaHistoryTimeToLive(180)
                .startEvent("started")
                .userTask("work").name("Việc")
                .endEvent("finished")
                .done();
        engine.getRepositoryService().createDeployment()
                .name("benchmark-reference")
                .addModelInstance(PROCESS_KEY + ".bpmn", model)
                .enableDuplicateFiltering(true)
                .deploy();
    }

    Result run(int instances) {
        String tag = "ref-" + System.nanoTime() + "-";
        double start = Parallel.run(threads, instances, i ->
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, tag + i));
        List<String> taskIds = engine.getTaskService().createTaskQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKeyLike(tag + "%")
                .list().stream().map(Task::getId).toList();
        if (taskIds.size() != instances) {
            throw new IllegalStateException("Expected " + instances + " reference tasks, found " + taskIds.size());
        }
        double complete = Parallel.run(threads, instances, i -> engine.getTaskService().complete(taskIds.get(i)));
        long open = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        if (open != 0) {
            throw new IllegalStateException(open + " reference instances did not end");
        }
        return new Result(instances, start, complete);
    }
}
