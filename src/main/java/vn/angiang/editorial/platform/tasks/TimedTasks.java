package vn.angiang.editorial.platform.tasks;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The open tasks a reminder or escalation timer is about, from the element the timer's path leads to: the
 * tasks of the activity its boundary event sits on, in this process instance.
 */
public final class TimedTasks {

    private TimedTasks() {
    }

    public static List<Task> of(DelegateExecution execution, TaskService tasks) {
        FlowNode node = (FlowNode) execution.getBpmnModelElementInstance();
        for (SequenceFlow incoming : node.getIncoming()) {
            if (incoming.getSource() instanceof BoundaryEvent boundary) {
                return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                        .taskDefinitionKey(boundary.getAttachedTo().getId()).list();
            }
        }
        return List.of();
    }
}
