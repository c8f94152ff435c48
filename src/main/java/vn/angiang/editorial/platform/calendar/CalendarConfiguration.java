package vn.angiang.editorial.platform.calendar;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The working-day calendar and the application's {@link Clock} (Asia/Ho_Chi_Minh). Code that needs
 * "now" should inject the Clock, so tests can fix it. The holiday table is read from
 * {@code editorial.calendar.holidays-location} (default {@value #DEFAULT_HOLIDAYS_LOCATION}, any
 * Spring resource, e.g. {@code file:/etc/editorial/holidays.yaml}); a faulty table stops the start.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    public static final String DEFAULT_HOLIDAYS_LOCATION = "classpath:calendar/holidays.yaml";

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    public Clock clock() {
        return Clock.system(WorkingDayCalendar.ZONE);
    }

    @Bean("workingDays")
    public WorkingDayCalendar workingDays(
            @Value("${editorial.calendar.holidays-location:" + DEFAULT_HOLIDAYS_LOCATION + "}") Resource location,
            Clock clock) {
        HolidayTable table = HolidayTable.read(location);
        log.info("Holiday table {}: years {}, {} listed days", location.getDescription(), table.years(), table.size());
        return new WorkingDayCalendar(table, clock);
    }
}
