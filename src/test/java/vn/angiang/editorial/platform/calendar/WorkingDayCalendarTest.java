package vn.angiang.editorial.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Deadlines an official would compute by hand, on the real holiday table. The JVM's default time
 * zone is set to UTC throughout: nothing may depend on it.
 */
class WorkingDayCalendarTest {

    private static final HolidayTable TABLE = HolidayTable.read(new ClassPathResource("calendar/holidays.yaml"));

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(TABLE, Clock.systemUTC());
    private TimeZone originalZone;

    @BeforeEach
    void defaultZoneUtc() {
        originalZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(originalZone);
    }

    /** A wall-clock moment in Vietnam. */
    private static Date vn(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant());
    }

    /** The Vietnamese wall-clock reading of a moment, for readable assertions. */
    private static String inVietnam(Date date) {
        return date.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDateTime().toString();
    }

    @Nested
    class Weekends {

        @Test
        void oneWorkingDayAfterFridayAfternoonIsMondayAtTheSameTime() {
            assertThat(inVietnam(calendar.after(vn("2025-03-14T15:00"), 1))).isEqualTo("2025-03-17T15:00");
        }

        @Test
        void somethingArrivingOnSaturdayIsReceivedMondaySoOneWorkingDayIsTuesday() {
            assertThat(inVietnam(calendar.after(vn("2025-03-15T10:00"), 1))).isEqualTo("2025-03-18T10:00");
            assertThat(inVietnam(calendar.after(vn("2025-03-16T22:00"), 1))).isEqualTo("2025-03-18T22:00");
            assertThat(inVietnam(calendar.after(vn("2025-03-15T10:00"), 0))).isEqualTo("2025-03-17T10:00");
        }

        @Test
        void zeroWorkingDaysAfterAWorkingDayIsTheSameMoment() {
            assertThat(inVietnam(calendar.after(vn("2025-03-12T08:15"), 0))).isEqualTo("2025-03-12T08:15");
        }

        @Test
        void plainWeeksAndWeekends() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 14))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 15))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 16))).isFalse();
            assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 10), 10)).isEqualTo(LocalDate.of(2025, 3, 24));
        }
    }

    @Nested
    class Tet {

        @Test
        void tet2025IsOffFromSaturday25JanuaryToSunday2February() {
            for (LocalDate day = LocalDate.of(2025, 1, 25); !day.isAfter(LocalDate.of(2025, 2, 2)); day = day.plusDays(1)) {
                assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
            }
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 24))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        }

        @Test
        void aDeadlineCrossingTet2025() {
            // received Thursday 23/1: Fri 24/1 (1), Tết, Mon 3/2 (2), Tue 4/2 (3), Wed 5/2 (4), Thu 6/2 (5)
            assertThat(inVietnam(calendar.after(vn("2025-01-23T14:00"), 5))).isEqualTo("2025-02-06T14:00");
            assertThat(inVietnam(calendar.after(vn("2025-01-24T09:00"), 1))).isEqualTo("2025-02-03T09:00");
            assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 23), LocalDate.of(2025, 2, 6))).isEqualTo(5);
        }

        @Test
        void aDeadlineCrossingTet2026() {
            // Tết Bính Ngọ: off Saturday 14/2 to Sunday 22/2/2026
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
            // received Thursday 12/2: Fri 13/2 (1), Mon 23/2 (2), Tue 24/2 (3)
            assertThat(inVietnam(calendar.after(vn("2026-02-12T14:00"), 3))).isEqualTo("2026-02-24T14:00");
            // something sent on the eve of Tết (giao thừa, 16/2) is received on Monday 23/2
            assertThat(inVietnam(calendar.after(vn("2026-02-16T20:00"), 1))).isEqualTo("2026-02-24T20:00");
        }
    }

    @Nested
    class SwappedDays {

        @Test
        void theSwappedSaturdayIsAWorkingDayAndTheSwappedFridayIsOff() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();   // làm bù
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();   // nghỉ hoán đổi
            assertThat(inVietnam(calendar.after(vn("2025-04-25T10:00"), 1))).isEqualTo("2025-04-26T10:00");
            assertThat(inVietnam(calendar.after(vn("2025-04-26T10:00"), 1))).isEqualTo("2025-04-28T10:00");
        }

        @Test
        void reunificationDayAndLabourDay2025() {
            // Tue 29/4 → 30/4, 1/5 holidays, 2/5 swapped off, weekend → Monday 5/5
            assertThat(inVietnam(calendar.after(vn("2025-04-29T16:00"), 1))).isEqualTo("2025-05-05T16:00");
            assertThat(inVietnam(calendar.after(vn("2025-04-30T09:00"), 1))).isEqualTo("2025-05-06T09:00");
        }

        @Test
        void hungKingsDayOnASundayIsCompensatedOnMonday2026() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
            assertThat(inVietnam(calendar.after(vn("2026-04-24T09:00"), 1))).isEqualTo("2026-04-28T09:00");
        }
    }

    @Nested
    class NationalDay {

        @Test
        void nationalDay2025IsMondayAndTuesday() {
            assertThat(inVietnam(calendar.after(vn("2025-08-29T10:00"), 1))).isEqualTo("2025-09-03T10:00");
        }

        @Test
        void nationalDay2026WithTheSwappedMondayAndSaturday() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();   // làm bù
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();  // nghỉ hoán đổi
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
            // Friday 28/8: off 29/8 – 2/9 → Thursday 3/9
            assertThat(inVietnam(calendar.after(vn("2026-08-28T10:00"), 1))).isEqualTo("2026-09-03T10:00");
            assertThat(inVietnam(calendar.after(vn("2026-08-21T10:00"), 1))).isEqualTo("2026-08-22T10:00");
        }
    }

    @Nested
    class NewYear {

        @Test
        void newYear2026AcrossTheYearWithTheSwappedFriday() {
            // Wed 31/12/2025 → 1/1 holiday, 2/1 swapped off, weekend → Monday 5/1/2026
            assertThat(inVietnam(calendar.after(vn("2025-12-31T10:00"), 1))).isEqualTo("2026-01-05T10:00");
            // Saturday 10/1/2026 is worked (làm bù)
            assertThat(inVietnam(calendar.after(vn("2026-01-09T10:00"), 1))).isEqualTo("2026-01-10T10:00");
        }

        @Test
        void newYearsDayIsOffEveryYear() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        }
    }

    @Nested
    class TimeZones {

        @Test
        void earlyMorningInVietnamIsThePreviousEveningInUtc() {
            // Friday 29/8/2025 06:30 in Vietnam = Thursday 28/8 23:30 UTC, the JVM default here.
            // Counted in UTC the answer would be Friday 29/8; in Vietnam: 1/9, 2/9 off → Wednesday 3/9.
            Date start = Date.from(Instant.parse("2025-08-28T23:30:00Z"));
            assertThat(calendar.after(start, 1).toInstant()).isEqualTo(Instant.parse("2025-09-02T23:30:00Z"));
        }

        @Test
        void lateEveningInVietnamOnTheEveOfAHoliday() {
            // Tuesday 29/4/2025 23:30 in Vietnam = 16:30 UTC
            Date start = Date.from(Instant.parse("2025-04-29T16:30:00Z"));
            assertThat(calendar.after(start, 1).toInstant()).isEqualTo(Instant.parse("2025-05-05T16:30:00Z"));
        }

        @Test
        void fromNowUsesTheClockAndVietnamsCalendar() {
            // now = Friday 24/1/2025 23:30 in Vietnam (16:30 UTC): the next working day is Monday 3/2
            Clock clock = Clock.fixed(Instant.parse("2025-01-24T16:30:00Z"), WorkingDayCalendar.ZONE);
            WorkingDayCalendar atThatMoment = new WorkingDayCalendar(TABLE, clock);
            assertThat(inVietnam(atThatMoment.fromNow(1))).isEqualTo("2025-02-03T23:30");
            assertThat(inVietnam(atThatMoment.fromNow(2))).isEqualTo("2025-02-04T23:30");
        }
    }

    @Nested
    class Before {

        @Test
        void oneWorkingDayBeforeSkipsWeekendsAndHolidays() {
            assertThat(inVietnam(calendar.before(vn("2025-03-17T09:00"), 1))).isEqualTo("2025-03-14T09:00");
            assertThat(inVietnam(calendar.before(vn("2025-02-03T09:00"), 1))).isEqualTo("2025-01-24T09:00");
            assertThat(inVietnam(calendar.before(vn("2025-05-05T09:00"), 1))).isEqualTo("2025-04-29T09:00");
            assertThat(inVietnam(calendar.before(vn("2025-05-05T09:00"), 3))).isEqualTo("2025-04-26T09:00");
        }

        @Test
        void beforeANonWorkingDayCountsFromTheLastWorkingDay() {
            assertThat(inVietnam(calendar.before(vn("2025-03-16T09:00"), 1))).isEqualTo("2025-03-14T09:00");
            assertThat(inVietnam(calendar.before(vn("2025-03-16T09:00"), 0))).isEqualTo("2025-03-16T09:00");
        }

        @Test
        void aReminderOneWorkingDayBeforeADeadlineComesBackToTheDayBefore() {
            Date due = calendar.after(vn("2025-01-23T14:00"), 5);
            assertThat(inVietnam(calendar.before(due, 1))).isEqualTo("2025-02-05T14:00");
            assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 6), -5)).isEqualTo(LocalDate.of(2025, 1, 23));
        }
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> calendar.after(vn("2025-03-14T09:00"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.before(vn("2025-03-14T09:00"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 13)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenInvertsAddWorkingDays() {
        for (LocalDate start = LocalDate.of(2025, 1, 1); start.isBefore(LocalDate.of(2027, 12, 1)); start = start.plusDays(7)) {
            for (int n = 0; n <= 12; n++) {
                assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)))
                        .as("%s + %d", start, n).isEqualTo(n);
            }
        }
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 17))).isZero();
    }
}
