package vn.angiang.editorial.content.process;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import vn.angiang.editorial.support.ProcessCoverageGate;

/** The whole application on in-memory H2, measuring the coverage of content-correction. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessCoverageGate.class)
public class ContentCorrectionProcessTestConfiguration {

    @Bean
    @Primary
    ProcessEngineCoverageProperties contentCorrectionCoverageGate() {
        return ProcessCoverageGate.forModel("content-correction");
    }
}
