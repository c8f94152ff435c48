package vn.angiang.editorial.content.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;

/**
 * Reminder dates for the boundary timers of content-approval:
 * {@code ${contentDeadlines.reminderAt(deadlineDays)}}. The due date itself (and the escalation timer)
 * is {@code ${workingDays.fromNow(deadlineDays)}}.
 */
@Component("contentDeadlines")
public class ContentDeadlines {

    private final WorkingDayCalendar workingDays;
    private final Clock clock;

    public ContentDeadlines(WorkingDayCalendar workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * One working day before the due date, same time of day; for a one-day deadline (where that
     * would be now), halfway between now and the due date.
     */
    public Date reminderAt(int deadlineDays) {
        Date due = workingDays.fromNow(deadlineDays);
        if (deadlineDays >= 2) {
            return workingDays.before(due, 1);
        }
        Instant now = clock.instant();
        return Date.from(now.plus(Duration.between(now, due.toInstant()).dividedBy(2)));
    }
}
