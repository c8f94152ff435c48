package vn.angiang.editorial.content.process;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import vn.angiang.editorial.support.ProcessCoverageGate;

/** The whole application on in-memory H2, with coverage recording of the process models. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessCoverageGate.class)
public class ContentProcessTestConfiguration {

    /** A test class that runs content-approval must cover at least its floor of the model's flow nodes and sequence flows. */
    @Bean
    @Primary
    ProcessEngineCoverageProperties contentApprovalCoverageGate() {
        return ProcessCoverageGate.forModel("content-approval");
    }
}
