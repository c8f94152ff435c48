package vn.angiang.editorial.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The bean as BPMN expressions see it, with the table on the classpath or an administrator's file. */
class CalendarConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class);

    @Test
    void theHolidayTableOnTheClasspathLoadsIntoTheWorkingDaysBean() {
        context.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            WorkingDayCalendar workingDays = ctx.getBean("workingDays", WorkingDayCalendar.class);
            assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 1, 29))).isFalse();   // mùng 1 Tết Ất Tỵ
            assertThat(ctx.getBean(Clock.class).getZone()).isEqualTo(WorkingDayCalendar.ZONE);
        });
    }

    @Test
    void anExternalFileReplacesTheTable(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("holidays.yaml"), """
                2030:
                  - date: 2030-03-08
                    name: Ngày nghỉ thử
                    kind: holiday
                """);
        context.withPropertyValues("editorial.calendar.holidays-location=" + file.toUri())
                .run(ctx -> {
                    WorkingDayCalendar workingDays = ctx.getBean("workingDays", WorkingDayCalendar.class);
                    assertThat(workingDays.isWorkingDay(LocalDate.of(2030, 3, 8))).isFalse();
                    assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 1, 29))).isTrue();
                });
    }

    @Test
    void aFaultyFileStopsTheStartWithTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("holidays.yaml"), """
                2030:
                  - date: 2030-03-08
                    name: Ngày nghỉ thử
                    kind: vacation
                """);
        context.withPropertyValues("editorial.calendar.holidays-location=" + file.toUri())
                .run(ctx -> assertThat(ctx).getFailure()
                        .rootCause()
                        .isInstanceOf(HolidayTableException.class)
                        .hasMessageContaining("dòng 2")
                        .hasMessageContaining("\"vacation\""));
    }

    @Test
    void aMissingFileStopsTheStart() {
        context.withPropertyValues("editorial.calendar.holidays-location=file:/nonexistent/holidays.yaml")
                .run(ctx -> assertThat(ctx).getFailure().rootCause()
                        .hasMessageContaining("Không tìm thấy bảng ngày nghỉ lễ"));
    }
}
