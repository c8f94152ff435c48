package vn.angiang.editorial.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far ahead the holiday table answers. Deadlines reach months ahead (a feedback answer due in 20
 * days, a royalty due in 60, a meeting every 6 months); beyond the table only weekends are days off, so
 * a deadline past its end may fall on a holiday. The table must cover at least
 * {@code editorial.calendar.coverage-months} (default 12) from today — quy định nội bộ: the Government
 * decides the year's Tết and adjacent days late in the year before, and a year may be entered first
 * from the Labour Code alone, then completed.
 */
@Component
public class HolidayCoverage {

    /** The coverage on one day. */
    public record Report(LocalDate today, int months, LocalDate requiredUntil, Optional<LocalDate> coveredUntil,
            String source) {

        /** Whether the table reaches at least {@code months} ahead. */
        public boolean sufficient() {
            return coveredUntil.isPresent() && !coveredUntil.get().isBefore(requiredUntil);
        }

        /** The last year the table covers without a gap from today on; the year before today's when it does not cover today's. */
        public int lastCoveredYear() {
            return coveredUntil.map(LocalDate::getYear).orElse(today.getYear() - 1);
        }
    }

    private final HolidayTable table;
    private final Clock clock;
    private final int months;

    @Autowired
    public HolidayCoverage(@Qualifier("workingDays") WorkingDayCalendar workingDays, Clock clock,
            @Value("${editorial.calendar.coverage-months:12}") int months) {
        this(workingDays.holidays(), clock, months);
    }

    public HolidayCoverage(HolidayTable table, Clock clock, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("editorial.calendar.coverage-months phải từ 1 trở lên: " + months);
        }
        this.table = table;
        this.clock = clock;
        this.months = months;
    }

    public Report report() {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        return new Report(today, months, today.plusMonths(months), table.coveredUntil(today), table.source());
    }
}
