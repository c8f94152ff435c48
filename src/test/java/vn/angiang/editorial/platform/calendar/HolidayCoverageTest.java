package vn.angiang.editorial.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.core.io.ClassPathResource;

import vn.angiang.editorial.platform.operations.DataHealth;

/**
 * The health page warns when the holiday table covers fewer than 12 months ahead (quy định nội bộ,
 * {@code editorial.calendar.coverage-months}); the table as shipped, with 2028, does not in 2026.
 */
class HolidayCoverageTest {

    static final HolidayTable SHIPPED = HolidayTable.read(new ClassPathResource("calendar/holidays.yaml"));

    static Clock at(LocalDate day) {
        return Clock.fixed(ZonedDateTime.of(day.atTime(9, 0), WorkingDayCalendar.ZONE).toInstant(), WorkingDayCalendar.ZONE);
    }

    static HolidayTable years(int... years) {
        StringBuilder yaml = new StringBuilder();
        for (int year : years) {
            yaml.append(year).append(":\n  - date: ").append(year).append("-01-01\n    name: Tết Dương lịch\n    kind: holiday\n");
        }
        return HolidayTable.read(new ByteArrayInputStream(yaml.toString().getBytes(StandardCharsets.UTF_8)), "thử");
    }

    static Health health(HolidayTable table, LocalDate today) {
        return new HolidayTableHealthIndicator(new HolidayCoverage(table, at(today), 12)).health();
    }

    @Test
    void aTableEndingSixMonthsAheadWarns() {
        LocalDate today = LocalDate.of(2027, 6, 30);
        HolidayCoverage.Report report = new HolidayCoverage(years(2025, 2026, 2027), at(today), 12).report();

        assertThat(report.coveredUntil()).contains(LocalDate.of(2027, 12, 31));
        assertThat(report.requiredUntil()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(report.sufficient()).isFalse();
        assertThat(report.lastCoveredYear()).isEqualTo(2027);
        Health health = health(years(2025, 2026, 2027), today);
        assertThat(health.getStatus().getCode()).isEqualTo(DataHealth.WARN.getCode());
        assertThat(health.getStatus().getDescription()).contains("hết năm 2027", "cần bổ sung năm 2028");
        assertThat(health.getDetails()).containsEntry("coveredUntil", "31/12/2027").containsEntry("requiredUntil", "30/06/2028");
    }

    @Test
    void theShippedTableWith2028DoesNotWarnIn2026() {
        assertThat(SHIPPED.years()).contains(2028);
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            assertThat(new HolidayCoverage(SHIPPED, at(day), 12).report().sufficient()).as("%s", day).isTrue();
        }
        assertThat(health(SHIPPED, LocalDate.of(2026, 12, 31)).getStatus()).isEqualTo(Status.UP);
        // and from the first day of 2028 it asks for 2029
        assertThat(health(SHIPPED, LocalDate.of(2028, 1, 1)).getStatus().getCode()).isEqualTo("WARN");
    }

    @Test
    void exactlyTwelveMonthsAreEnough() {
        assertThat(new HolidayCoverage(years(2026, 2027), at(LocalDate.of(2026, 12, 31)), 12).report().sufficient()).isTrue();
        assertThat(new HolidayCoverage(years(2026, 2027), at(LocalDate.of(2027, 1, 1)), 12).report().sufficient()).isFalse();
    }

    /** A missing year ends the coverage; a table without today's year covers nothing. */
    @ParameterizedTest
    @ValueSource(ints = {2026, 2027})
    void aGapEndsTheCoverage(int missing) {
        HolidayTable table = missing == 2026 ? years(2025, 2027, 2028) : years(2025, 2026, 2028);
        HolidayCoverage.Report report = new HolidayCoverage(table, at(LocalDate.of(2026, 3, 1)), 12).report();

        assertThat(report.sufficient()).isFalse();
        assertThat(report.lastCoveredYear()).isEqualTo(missing == 2026 ? 2025 : 2026);
        assertThat(report.coveredUntil().isPresent()).isEqualTo(missing != 2026);
    }

    /** 2028 as the Labour Code fixes it; the days the Prime Minister places are provisional or left out. */
    @Test
    void the2028Days() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(SHIPPED, at(LocalDate.of(2026, 12, 1)));
        // mùng 1 Tết Mậu Thân is Wednesday 26/01/2028; Giỗ Tổ (10/3 âm lịch) Tuesday 04/04/2028
        for (String off : new String[] {"2028-01-01", "2028-01-03", "2028-01-24", "2028-01-26", "2028-01-28", "2028-04-04",
                "2028-05-01", "2028-05-02", "2028-09-04"}) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(off))).as(off).isFalse();
        }
        for (String working : new String[] {"2028-01-31", "2028-04-03", "2028-04-05", "2028-05-03", "2028-09-05"}) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(working))).as(working).isTrue();
        }
        assertThat(SHIPPED.day(LocalDate.of(2028, 4, 30)).orElseThrow().kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(SHIPPED.day(LocalDate.of(2028, 9, 2)).orElseThrow().kind()).isEqualTo(DayKind.HOLIDAY);
    }
}
