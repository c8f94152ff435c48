package vn.angiang.editorial.meeting.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.FollowUp;
import vn.angiang.editorial.meeting.MeetingService;
import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.tasks.TaskRules;

/**
 * The dates of meeting-convocation's timers and due dates, for the model's expressions:
 * {@code ${meetingSchedule.reminderAt('meeting-convocation',
 * 'replyToInvitation', replyDeadline)}}, the due date and group of a follow-up task.
 */
@Component("meetingSchedule")
public record MeetingSchedule(MeetingService service, TaskRules taskRules, WorkingDayCalendar workingDays, Clock clock) {

    /**
     * The reminder of a task due at {@code due}: its rule's {@code remindBefore} working days before (same time
     * of day); when that has passed already, halfway between now and the due date (quy định nội bộ).
     */
    public Date reminderAt(String processKey, String taskKey, Date due) {
        Integer before = taskRules.of(processKey, taskKey).remindBefore();
        if (before == null) {
            throw new IllegalStateException(processKey + "/" + taskKey + " có hẹn nhắc trong mô hình nhưng "
                    + "không có remindBefore trong tasks/task-rules.yaml");
        }
        Instant now = clock.instant();
        Date at = workingDays.before(due, before);
        if (at.toInstant().isAfter(now)) {
            return at;
        }
        return Date.from(now.plus(Duration.between(now, due.toInstant()).dividedBy(2)));
    }

    /** The group a follow-up task goes to (the element variable {@code followUp} names its position). */
    public String followUpGroup(DelegateExecution execution) {
        return followUp(execution).assigneeGroup();
    }

    /** A follow-up is due at the end of its day (17:00, the board's office hours). */
    public Date followUpDue(DelegateExecution execution) {
        ZonedDateTime end = followUp(execution).dueOn().atTime(17, 0).atZone(BoardTime.ZONE);
        return Date.from(end.toInstant());
    }

    private FollowUp followUp(DelegateExecution execution) {
        return service.followUp(MeetingVariables.meetingId(execution), MeetingVariables.FOLLOW_UP.required(execution));
    }
}
