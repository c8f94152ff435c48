package vn.angiang.editorial.report.process;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import vn.angiang.editorial.royalty.process.RoyaltyClockConfiguration;
import vn.angiang.editorial.support.ProcessCoverageGate;

/** The whole application on in-memory H2, a clock the tests set, and the coverage gate of report-monthly. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ProcessCoverageGate.class, RoyaltyClockConfiguration.class})
public class ReportMonthlyTestConfiguration {

    @Bean
    @Primary
    ProcessEngineCoverageProperties reportMonthlyCoverageGate() {
        return ProcessCoverageGate.forModel("report-monthly");
    }
}
