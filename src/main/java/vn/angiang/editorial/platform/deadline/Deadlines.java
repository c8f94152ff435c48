package vn.angiang.editorial.platform.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.tasks.TaskRules;

/**
 * Due dates and reminder dates of every process, from a {@link Deadline}: the working-day calendar for
 * working days, every day for calendar days. Models use it in due dates and timers, e.g.
 * {@code ${deadlines.reminderAt(deadlineDays)}} next to {@code ${workingDays.fromNow(deadlineDays)}}.
 */
@Component("deadlines")
public record Deadlines(WorkingDayCalendar workingDays, Clock clock, TaskRules rules) {

    /** When a limit counted from {@code from} runs out, in the board's zone. */
    public OffsetDateTime due(OffsetDateTime from, Deadline deadline) {
        if (deadline.count() == DayCount.WORKING) {
            Date date = workingDays.after(Date.from(from.toInstant()), deadline.days());
            return date.toInstant().atZone(BoardTime.ZONE).toOffsetDateTime();
        }
        return from.atZoneSameInstant(BoardTime.ZONE).plusDays(deadline.days()).toOffsetDateTime();
    }

    /** When a limit counted from now runs out, as a Date for the engine (due dates, timers). */
    public Date dueFromNow(Deadline deadline) {
        return Date.from(due(OffsetDateTime.now(clock), deadline).toInstant());
    }

    /**
     * The reminder of a task ({@code ${deadlines.reminderAt('content-approval', 'vetSubmission', deadlineDays)}})
     * due in {@code workingDaysFromNow} working days: its rule's {@code remindBefore} working days before
     * the due date, same time of day; for a limit that short or shorter, halfway between now and the due
     * date. The board's own practice (quy định nội bộ), not a rule of the regulation.
     */
    public Date reminderAt(String processKey, String taskKey, int workingDaysFromNow) {
        Integer before = rules.of(processKey, taskKey).remindBefore();
        if (before == null) {
            throw new IllegalStateException(processKey + "/" + taskKey + " có hẹn nhắc trong mô hình nhưng "
                    + "không có remindBefore trong tasks/task-rules.yaml");
        }
        Date due = workingDays.fromNow(workingDaysFromNow);
        if (workingDaysFromNow > before) {
            return workingDays.before(due, before);
        }
        Instant now = clock.instant();
        return Date.from(now.plus(Duration.between(now, due.toInstant()).dividedBy(2)));
    }
}
