package vn.angiang.editorial.platform.orgchart;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Reads the org chart files and checks that every membership names a known group. */
@Component
public class OrgChartLoader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private final ResourceLoader resources;

    public OrgChartLoader(ResourceLoader resources) {
        this.resources = resources;
    }

    public OrgChart load(List<String> locations) {
        OrgChart chart = new OrgChart(List.of(), List.of());
        for (String location : locations) {
            chart = chart.plus(read(resources.getResource(location.trim())));
        }
        validate(chart);
        return chart;
    }

    private OrgChart read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, OrgChart.class);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được sơ đồ tổ chức " + resource + ": " + e.getMessage(), e);
        }
    }

    private static void validate(OrgChart chart) {
        Set<String> groupIds = new HashSet<>();
        for (OrgChart.Group group : chart.groups()) {
            if (group.id() == null || group.kind() == null || group.name() == null) {
                throw new IllegalStateException("Nhóm trong sơ đồ tổ chức thiếu id, kind hoặc name: " + group);
            }
            if (!groupIds.add(group.id())) {
                throw new IllegalStateException("Nhóm bị khai báo hai lần trong sơ đồ tổ chức: " + group.id());
            }
            if (group.infoDutyPerMonth() != null && (group.infoDutyPerMonth() < 0 || group.kind() != GroupKind.AGENCY)) {
                throw new IllegalStateException("infoDutyPerMonth chỉ ghi cho cơ quan (kind: AGENCY), là số không âm: "
                        + group.id());
            }
        }
        Set<String> userIds = new HashSet<>();
        for (OrgChart.Person person : chart.users()) {
            if (!userIds.add(person.id())) {
                throw new IllegalStateException("Người dùng bị khai báo hai lần trong sơ đồ tổ chức: " + person.id());
            }
            for (String groupId : person.groups()) {
                if (!groupIds.contains(groupId)) {
                    throw new IllegalStateException(
                            "Người dùng " + person.id() + " thuộc nhóm không có trong sơ đồ tổ chức: " + groupId);
                }
            }
        }
    }
}
