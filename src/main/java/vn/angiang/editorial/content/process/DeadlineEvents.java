package vn.angiang.editorial.content.process;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** Finds the open task a reminder or escalation timer belongs to (the task its boundary event sits on). */
final class DeadlineEvents {

    private DeadlineEvents() {
    }

    static Optional<Task> timedTask(DelegateExecution execution, TaskService tasks) {
        FlowNode node = (FlowNode) execution.getBpmnModelElementInstance();
        for (SequenceFlow incoming : node.getIncoming()) {
            if (incoming.getSource() instanceof BoundaryEvent boundary) {
                return Optional.ofNullable(tasks.createTaskQuery()
                        .processInstanceId(execution.getProcessInstanceId())
                        .taskDefinitionKey(boundary.getAttachedTo().getId())
                        .singleResult());
            }
        }
        return Optional.empty();
    }
}
