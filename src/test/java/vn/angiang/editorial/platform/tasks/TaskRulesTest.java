package vn.angiang.editorial.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import vn.angiang.editorial.platform.orgchart.BoardRole;

/**
 * {@code tasks/task-rules.yaml} and the models in {@code processes/} agree: every user task has a rule with
 * the source of its time limit and no rule names a task no model has; a task with a reminder timer has its
 * {@code remindBefore}; the head's own tasks ({@code delegable}) are the head's group's alone and offer
 * themselves to the delegate in force ({@code ${headTask}} on create).
 */
class TaskRulesTest {

    final TaskRules rules = new TaskRules(new ClassPathResource("tasks/task-rules.yaml"));

    record ModelTask(String processKey, UserTask task) {
    }

    static List<ModelTask> userTasks() {
        List<ModelTask> found = new ArrayList<>();
        for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            // every user task, also those inside a sub-process, with the process it belongs to
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
                while (!(parent instanceof Process)) {
                    parent = parent.getParentElement();
                }
                found.add(new ModelTask(((Process) parent).getId(), task));
            }
        }
        return found;
    }

    @Test
    void everyUserTaskOfEveryModelHasItsRuleAndEveryRuleItsTask() {
        List<ModelTask> tasks = userTasks();
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(8);
        Set<String> inModels = new HashSet<>();
        for (ModelTask t : tasks) {
            inModels.add(t.processKey() + "/" + t.task().getId());
            assertThat(rules.of(t.processKey(), t.task().getId()).deadlineSource()).isNotBlank();
        }
        assertThat(rules.all()).extracting(r -> r.processKey() + "/" + r.taskKey()).allMatch(inModels::contains);
    }

    @Test
    void aTaskWithAReminderTimerHasItsRemindBeforeAndTheTimerNamesTheTask() {
        for (ModelTask t : userTasks()) {
            for (BoundaryEvent boundary : t.task().getModelInstance().getModelElementsByType(BoundaryEvent.class)) {
                if (!boundary.getAttachedTo().getId().equals(t.task().getId())) {
                    continue;
                }
                for (TimerEventDefinition timer : boundary.getChildElementsByType(TimerEventDefinition.class)) {
                    String when = timer.getTimeDate() == null ? "" : timer.getTimeDate().getTextContent();
                    if (when.contains("reminderAt")) {
                        assertThat(when).as(boundary.getId())
                                .contains("'" + t.processKey() + "'", "'" + t.task().getId() + "'");
                        assertThat(rules.of(t.processKey(), t.task().getId()).remindBefore()).as(boundary.getId()).isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void theHeadsOwnTasksBelongToTheHeadAloneAndAreOfferedToTheDelegateInForce() {
        List<ModelTask> headTasks = userTasks().stream()
                .filter(t -> rules.of(t.processKey(), t.task().getId()).delegable().isPresent()).toList();
        assertThat(headTasks).extracting(t -> t.task().getId()).contains("approveByHead");
        for (ModelTask t : headTasks) {
            assertThat(Arrays.asList(t.task().getCamundaCandidateGroups().split(","))).as(t.task().getId())
                    .containsExactly("board-head");
            assertThat(t.task().getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
                    .as(t.task().getId())
                    .anyMatch(l -> "${headTask}".equals(l.getCamundaDelegateExpression()) && "create".equals(l.getCamundaEvent()));
            List<EscalationTarget> escalation = rules.of(t.processKey(), t.task().getId()).escalateTo();
            if (!escalation.isEmpty()) {
                assertThat(escalation).as("Đ8.1: to the delegate, else the head and the secretariat lead")
                        .containsExactly(EscalationTarget.HEAD_DELEGATE);
            }
        }
    }

    @Test
    void aFaultyRuleStopsTheStartWithAMessageThatNamesIt() {
        assertThatThrownBy(() -> new TaskRules(yaml("processes: { p: { t: { remindBefore: 1 } } }")))
                .hasMessageContaining("p/t").hasMessageContaining("deadline");
        assertThatThrownBy(() -> new TaskRules(yaml("processes: { p: { t: { deadline: x, escalateTo: [NOBODY] } } }")))
                .hasMessageContaining("NOBODY");
        assertThatThrownBy(() -> new TaskRules(yaml("processes: { p: { t: { deadline: x, delegable: approve-all } } }")))
                .hasMessageContaining("approve-all");
        assertThat(new TaskRules(yaml("processes: { p: { t: { deadline: x, escalateTo: [SECRETARIAT_LEAD] } } }"))
                .of("p", "t").escalateTo()).extracting(e -> e.role().orElseThrow()).containsExactly(BoardRole.SECRETARIAT_LEAD);
    }

    static ByteArrayResource yaml(String text) {
        return new ByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
