package vn.angiang.editorial.meeting.process;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.Meeting;
import vn.angiang.editorial.meeting.MeetingMails;
import vn.angiang.editorial.meeting.MeetingPeople;
import vn.angiang.editorial.meeting.MeetingService;
import vn.angiang.editorial.platform.notification.PublicLinks;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The reminder end events ({@code documentsReminded}, {@code contributionsReminded}, {@code repliesReminded},
 * {@code minutesReminded}): every open task of the step is about to be due; whoever can work it is told.
 */
@Component("remindMeetingTask")
public record RemindMeetingTask(MeetingService service, TaskService tasks, MeetingPeople people, MeetingMails mails,
        PublicLinks links) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(MeetingVariables.meetingId(execution), execution.getProcessInstanceId());
        Meeting meeting = service.get(id);
        for (Task task : TimedTasks.of(execution, tasks)) {
            String due = task.getDueDate() == null ? "" : BoardTime.DEADLINE.format(task.getDueDate().toInstant());
            for (MeetingPeople.Person person : workers(task).values()) {
                mails.reminder(meeting, person, task.getName(), due, links.task(task.getId()));
            }
            service.reminded(id, execution.getCurrentActivityId(), task.getName(), due);
        }
    }

    /** The assignee, or the candidates (users and members of groups), each once. */
    private Map<String, MeetingPeople.Person> workers(Task task) {
        Map<String, MeetingPeople.Person> people = new LinkedHashMap<>();
        if (task.getAssignee() != null) {
            this.people.find(task.getAssignee()).ifPresent(p -> people.put(p.userId(), p));
            return people;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                this.people.find(link.getUserId()).ifPresent(p -> people.putIfAbsent(p.userId(), p));
            }
            if (link.getGroupId() != null) {
                this.people.membersOf(link.getGroupId()).forEach(p -> people.putIfAbsent(p.userId(), p));
            }
        }
        return people;
    }
}
