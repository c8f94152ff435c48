package vn.angiang.editorial.meeting.process;

import java.time.ZonedDateTime;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.support.ProcessCoverageGate;

/** The whole application on in-memory H2, its clock fixed on a Monday of March 2027, with coverage recording. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessCoverageGate.class)
public class MeetingProcessTestConfiguration {

    /** Monday 1 March 2027, 09:00 in Vietnam: a working week with no holiday. */
    public static final ZonedDateTime MONDAY = ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, BoardTime.ZONE);

    @Bean
    @Primary
    ProcessEngineCoverageProperties meetingConvocationCoverageGate() {
        return ProcessCoverageGate.forModel("meeting-convocation");
    }

    @Bean
    @Primary
    MutableClock meetingClock() {
        return new MutableClock(MONDAY);
    }
}
