package vn.angiang.editorial.feedback;

import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

import vn.angiang.editorial.platform.orgchart.OrgChartLoader;

/** The catalog as the application builds it: the topics and areas files and the org chart file. */
final class FeedbackTestCatalog {

    private FeedbackTestCatalog() {
    }

    static FeedbackCatalog catalog() {
        return new FeedbackCatalog(FeedbackCatalog.readTopics(new ClassPathResource("feedback/topics.yaml")),
                FeedbackAreas.read(new ClassPathResource("feedback/areas.yaml")),
                new OrgChartLoader(new DefaultResourceLoader()).load(List.of("classpath:org-chart/org-chart.yaml")));
    }
}
