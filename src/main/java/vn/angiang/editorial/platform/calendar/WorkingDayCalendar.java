package vn.angiang.editorial.platform.calendar;

import vn.angiang.editorial.platform.process.BoardTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * The Vietnamese working-day calendar of state agencies, the Spring bean {@code workingDays}, for
 * deadlines set as task due dates and timer dates, e.g. {@code ${workingDays.fromNow(5)}} or
 * {@code ${workingDays.before(dueDate, 1)}} in BPMN.
 *
 * <h2>Working days</h2>
 * A day is a working day unless it is a Saturday or Sunday or is listed as a day off (holiday,
 * compensatory or swapped day off) in the {@link HolidayTable holiday table}; a Saturday or Sunday
 * listed as a swapped working day (ngày làm bù) is a working day. For a year the table does not
 * cover only weekends are off, and a warning is logged once for that year.
 *
 * <h2>Counting</h2>
 * Every computation is done on the calendar of Asia/Ho_Chi_Minh, whatever the JVM's default time
 * zone: a {@link Date} is first turned into a date and time of day in Vietnam.
 * <ul>
 * <li>{@code after(start, n)}: the period starts on the day of {@code start} if that is a working
 * day, otherwise on the next working day (something that arrives on a Saturday is received on
 * Monday, as in the one-stop-shop rules for documents submitted out of office days); the result is
 * the n-th working day after that day, at the same time of day as {@code start}. So 1 working day
 * after Friday 15:00 is Monday 15:00; 1 working day after Saturday 10:00 is Tuesday 10:00 (received
 * Monday, one working day later); 0 working days after Saturday 10:00 is Monday 10:00.</li>
 * <li>{@code before(date, n)}: the n-th working day strictly before the day of {@code date}, at the
 * same time of day: 1 working day before Monday 09:00 (or before Sunday 09:00) is Friday 09:00;
 * {@code before(date, 0)} is {@code date} itself.</li>
 * <li>{@link #workingDaysBetween} is the inverse of {@link #addWorkingDays}: for n &ge; 0,
 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.</li>
 * </ul>
 * Negative counts are refused by {@code after}, {@code before} and {@code fromNow}; in
 * {@link #addWorkingDays} a negative count means {@code before}.
 */
public class WorkingDayCalendar {

    public static final ZoneId ZONE = BoardTime.ZONE;

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final HolidayTable holidays;
    private final Clock clock;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    public WorkingDayCalendar(HolidayTable holidays, Clock clock) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The table of holidays, days off and swapped working days this calendar reads. */
    public HolidayTable holidays() {
        return holidays;
    }

    /** {@code days} working days from now (see {@link #after}). */
    public Date fromNow(int days) {
        return after(Date.from(clock.instant()), days);
    }

    /** {@code days} (&ge; 0) working days after {@code start}, same time of day; see the class comment. */
    public Date after(Date start, int days) {
        requireNonNegative(days);
        return shift(Objects.requireNonNull(start, "start"), days);
    }

    /** {@code days} (&ge; 0) working days before {@code date}, same time of day; see the class comment. */
    public Date before(Date date, int days) {
        requireNonNegative(days);
        Objects.requireNonNull(date, "date");
        return days == 0 ? new Date(date.getTime()) : shift(date, -days);
    }

    /**
     * For {@code days} &ge; 0: the {@code days}-th working day after {@code start}, or after the next
     * working day when {@code start} is not one (0 gives that next working day). For {@code days} &lt; 0:
     * the {@code -days}-th working day before {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        LocalDate day = start;
        if (days >= 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            for (int i = 0; i < days; i++) {
                day = day.plusDays(1);
                while (!isWorkingDay(day)) {
                    day = day.plusDays(1);
                }
            }
        } else {
            for (int i = 0; i < -days; i++) {
                day = day.minusDays(1);
                while (!isWorkingDay(day)) {
                    day = day.minusDays(1);
                }
            }
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (!holidays.covers(day.getYear()) && warnedYears.add(day.getYear())) {
            log.warn("The holiday table has no entries for {}: only weekends count as days off that year. "
                    + "Add the year's holidays to calendar/holidays.yaml.", day.getYear());
        }
        return holidays.day(day)
                .map(listed -> !listed.kind().isDayOff())
                .orElseGet(() -> !HolidayTable.isWeekend(day));
    }

    /**
     * Working days elapsed from {@code from} to {@code to}, counted like {@link #addWorkingDays}: the
     * working days after {@code from} (or after the next working day when {@code from} is not one)
     * up to and including {@code to}. Received Friday, answered Monday: 1.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        LocalDate start = addWorkingDays(from, 0);
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Date shift(Date moment, int days) {
        // getTime(), not toInstant(): a java.sql.Date refuses toInstant()
        ZonedDateTime local = Instant.ofEpochMilli(moment.getTime()).atZone(ZONE);
        LocalDate day = addWorkingDays(local.toLocalDate(), days);
        return Date.from(ZonedDateTime.of(day, local.toLocalTime(), ZONE).toInstant());
    }

    private static void requireNonNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("the number of working days must not be negative: " + days);
        }
    }
}
