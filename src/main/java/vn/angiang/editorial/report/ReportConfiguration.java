package vn.angiang.editorial.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Reads the report rules once on start; an installation points {@code editorial.report.rules-location} at its own copy. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    ReportRules reportRules(
            @Value("${editorial.report.rules-location:classpath:report/report-rules.yaml}") Resource location) {
        return ReportRules.read(location);
    }
}
