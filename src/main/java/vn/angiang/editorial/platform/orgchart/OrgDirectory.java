package vn.angiang.editorial.platform.orgchart;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The org chart as the processes ask it: the group of a role, the kind of a group. Read once from
 * the configured files (the same ones the seeder writes into the engine).
 */
@Component
public class OrgDirectory {

    /** The groups that send work in: agencies and communes (Đ5.3) and the collaborators (Đ5.2). */
    public static final Set<GroupKind> SENDERS = Set.of(GroupKind.AGENCY, GroupKind.COLLABORATOR);

    private final OrgChart chart;
    private final Map<String, OrgChart.Group> groups;
    private final Map<BoardRole, String> roles = new EnumMap<>(BoardRole.class);

    @Autowired
    public OrgDirectory(OrgChartLoader loader, OrgChartProperties properties, DemoProperties demo) {
        this(loader.load(properties.locationsFor(demo)));
    }

    public OrgDirectory(OrgChart chart) {
        this.chart = chart;
        this.groups = chart.groups().stream().collect(Collectors.toMap(OrgChart.Group::id, Function.identity()));
        for (OrgChart.Group group : chart.groups()) {
            if (group.role() != null && roles.put(group.role(), group.id()) != null) {
                throw new IllegalStateException("Vai trò " + group.role() + " được gán cho hai nhóm trong sơ đồ tổ chức: "
                        + roles.get(group.role()) + " và " + group.id());
            }
        }
        for (BoardRole role : BoardRole.values()) {
            if (!roles.containsKey(role)) {
                throw new IllegalStateException("Sơ đồ tổ chức không có nhóm nào giữ vai trò " + role
                        + " (khai báo role: trong org-chart.yaml)");
            }
        }
    }

    public OrgChart chart() {
        return chart;
    }

    /** The group id of a role, e.g. {@code it-center} for {@link BoardRole#IT_CENTER}. */
    public String group(BoardRole role) {
        return roles.get(role);
    }

    public boolean holds(Collection<String> groupIds, BoardRole role) {
        return groupIds != null && groupIds.contains(group(role));
    }

    public Optional<GroupKind> kind(String groupId) {
        return Optional.ofNullable(groups.get(groupId)).map(OrgChart.Group::kind);
    }

    public Optional<String> name(String groupId) {
        return Optional.ofNullable(groups.get(groupId)).map(OrgChart.Group::name);
    }

    /** Whether any of the groups is of one of the kinds. */
    public boolean anyOfKind(Collection<String> groupIds, Set<GroupKind> kinds) {
        return groupIds != null && groupIds.stream().map(this::kind).flatMap(Optional::stream).anyMatch(kinds::contains);
    }

    /** The first of the groups (in id order) that is of one of the kinds. */
    public Optional<String> firstOfKind(Collection<String> groupIds, Set<GroupKind> kinds) {
        return groupIds.stream().sorted().filter(id -> kind(id).filter(kinds::contains).isPresent()).findFirst();
    }

    public List<OrgChart.Group> groupsOfKind(GroupKind kind) {
        return chart.groups().stream().filter(g -> g.kind() == kind).toList();
    }
}
