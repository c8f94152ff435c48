package vn.angiang.editorial.meeting.process;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.engine.task.Task;

/**
 * The open tasks a reminder or escalation timer is about: those of the activity its boundary event sits on; inside
 * one follow-up's own run (the multi-instance sub-process), only that follow-up's task.
 */
final class TimedTasks {

    private TimedTasks() {
    }

    static List<Task> of(DelegateExecution execution, TaskService tasks) {
        FlowNode node = (FlowNode) execution.getBpmnModelElementInstance();
        for (SequenceFlow incoming : node.getIncoming()) {
            if (incoming.getSource() instanceof BoundaryEvent boundary) {
                List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                        .taskDefinitionKey(boundary.getAttachedTo().getId()).list();
                Object followUp = execution.getVariable(MeetingVariables.FOLLOW_UP.name());
                return followUp == null ? open : open.stream()
                        .filter(task -> followUp.equals(tasks.getVariable(task.getId(), MeetingVariables.FOLLOW_UP.name())))
                        .toList();
            }
        }
        return List.of();
    }
}
