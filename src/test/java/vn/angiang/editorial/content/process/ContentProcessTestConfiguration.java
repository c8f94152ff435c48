package vn.angiang.editorial.content.process;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The whole application on in-memory H2, with coverage recording of the process models. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ContentProcessTestConfiguration {

    /** Every flow node and sequence flow of content-approval must be covered by the class that runs it. */
    @Bean
    ProcessEngineCoverageProperties coverageProperties() {
        return new ProcessEngineCoverageProperties.Builder().assertClassCoverageAtLeast(1.0).build();
    }
}
