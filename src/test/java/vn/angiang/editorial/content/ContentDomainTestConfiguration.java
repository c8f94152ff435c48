package vn.angiang.editorial.content;

import java.io.IOException;
import java.util.List;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.context.annotation.Import;

import vn.angiang.editorial.Application;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.orgchart.OrgChartLoader;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.publishing.HtmlSanitizer;
import vn.angiang.editorial.platform.publishing.Publisher;

/**
 * The content domain without the engine: H2 + Flyway (from the @JdbcTest slice), the real service,
 * repository, sanitizer and publisher, and the real routing tables evaluated by a stand-alone DMN engine.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ContentService.class, ContentRepository.class, ContentTrail.class, AuditTrail.class, HtmlSanitizer.class,
        Publisher.class})
class ContentDomainTestConfiguration {

    /** Tuesday 10 March 2026, 09:00 in An Giang. */
    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of(Application.ZONE));
    }

    @Bean
    OrgDirectory orgDirectory(ResourceLoader resources) {
        return new OrgDirectory(new OrgChartLoader(resources).load(List.of("classpath:org-chart/org-chart.yaml")));
    }

    @Bean
    ContentRouting contentRouting() throws IOException {
        try (InputStream dmn = getClass().getResourceAsStream("/content-routing.dmn")) {
            return DmnContentRouting.fromModel(dmn);
        }
    }
}
