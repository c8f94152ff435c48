package vn.angiang.editorial.meeting.process;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.Meeting;
import vn.angiang.editorial.meeting.MeetingPeople;
import vn.angiang.editorial.meeting.MeetingService;
import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.notification.PublicLinks;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.tasks.Escalations;
import vn.angiang.editorial.platform.tasks.Escalations.Escalation;
import vn.angiang.editorial.platform.tasks.HeadTasks;

/**
 * The escalation end events ({@code documentsLateReported}, {@code minutesEscalated}): the step is overdue and
 * stays open; whoever its rule names ({@code escalateTo} in {@code tasks/task-rules.yaml}) is told, an office named
 * there becomes a candidate to urge it on, the task rises in the lists, the trail records it.
 */
@Component("escalateMeetingTask")
public record EscalateMeetingTask(MeetingService service, TaskService tasks, Escalations escalations,
        MeetingPeople people, Outbox outbox, PublicLinks links) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(MeetingVariables.meetingId(execution), execution.getProcessInstanceId());
        Meeting meeting = service.get(id);
        for (Task task : TimedTasks.of(execution, tasks)) {
            Escalation escalation = escalations.of(HeadTasks.processKey(execution), task.getTaskDefinitionKey());
            escalations.raise(task, escalation);
            String due = task.getDueDate() == null ? "" : BoardTime.DEADLINE.format(task.getDueDate().toInstant());
            Map<String, MeetingPeople.Person> told = new LinkedHashMap<>();
            escalation.users().forEach(u -> people.find(u).ifPresent(p -> told.putIfAbsent(p.userId(), p)));
            escalation.groups().forEach(g -> people.membersOf(g).forEach(p -> told.putIfAbsent(p.userId(), p)));
            for (MeetingPeople.Person person : told.values()) {
                if (!people.hasAddress(person)) {
                    continue;
                }
                Map<String, Object> model = new HashMap<>();
                model.put("recipientName", person.name());
                model.put("taskName", task.getName());
                model.put("meetingTitle", meeting.title());
                model.put("meetingTime", BoardTime.format(meeting.startsAt()));
                model.put("due", due);
                model.put("told", escalation.told());
                model.put("taskUrl", links.task(task.getId()));
                outbox.enqueue(person.email(), "meeting-escalation", model, "task:" + task.getId());
            }
            service.escalated(id, execution.getCurrentActivityId(), task.getId(), task.getName(), escalation.told());
        }
    }
}
