package vn.angiang.editorial.platform.orgchart;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the org chart comes from. {@code locations} are read in order, later files adding groups
 * and people; an installation lists its own file (e.g. {@code file:/etc/bbt/org-chart.yaml}).
 * {@code demoLocations} are added only when the demo is enabled.
 */
@ConfigurationProperties("editorial.org-chart")
public record OrgChartProperties(List<String> locations, List<String> demoLocations) {

    public OrgChartProperties {
        locations = locations == null ? List.of("classpath:org-chart/org-chart.yaml") : locations;
        demoLocations = demoLocations == null ? List.of("classpath:org-chart/demo-people.yaml") : demoLocations;
    }

    /** The files to read: the demo people too when the demo is on. */
    public List<String> locationsFor(DemoProperties demo) {
        List<String> all = new ArrayList<>(locations);
        if (demo.enabled()) {
            all.addAll(demoLocations);
        }
        return all;
    }
}
