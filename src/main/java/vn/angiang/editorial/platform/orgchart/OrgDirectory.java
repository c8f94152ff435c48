package vn.angiang.editorial.platform.orgchart;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.notification.EngineDirectory;

/**
 * The org chart as the processes ask it: the group of a role, the kind of a group, and whether a group
 * has anyone to do its work. Groups, kinds and roles are read once from the configured files (the same
 * ones the seeder writes into the engine); who is in a group is asked of the engine's identity service
 * each time, since administrators change memberships in Admin.
 */
@Component
public class OrgDirectory {

    /** Who is in a group now. */
    @FunctionalInterface
    public interface Membership {

        /** Whether at least one active person is a member of the group (see {@link OrgDirectory#hasActiveMember}). */
        boolean hasActiveMember(String groupId);
    }

    /** The groups that send work in: agencies and communes (Đ5.3) and the collaborators (Đ5.2). */
    public static final Set<GroupKind> SENDERS = Set.of(GroupKind.AGENCY, GroupKind.COLLABORATOR);

    private final OrgChart chart;
    private final Membership membership;
    private final Map<String, OrgChart.Group> groups;
    private final Map<BoardRole, String> roles = new EnumMap<>(BoardRole.class);

    @Autowired
    public OrgDirectory(OrgChartLoader loader, OrgChartProperties properties, DemoProperties demo,
            ObjectProvider<IdentityService> identity) {
        this(loader.load(properties.locationsFor(demo)), new EngineMembership(identity));
    }

    /** The chart alone: a group's members are the people the chart lists in it (tests, tools). */
    public OrgDirectory(OrgChart chart) {
        this(chart, groupId -> chart.users().stream().anyMatch(person -> person.groups().contains(groupId)));
    }

    public OrgDirectory(OrgChart chart, Membership membership) {
        this.chart = chart;
        this.membership = membership;
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

    /**
     * Whether anyone would see and do a task given to this group: at least one active person is a
     * member of it. Active means, in the engine's own user store, a user with a password (one created
     * by the org chart seeding without a password cannot sign in until an administrator sets one); with
     * a read-only store such as a directory server, any member. A process asks this before it sends work
     * to a group an official chose (no task lands in an empty group: feedback classification refuses it).
     */
    public boolean hasActiveMember(String groupId) {
        return groupId != null && membership.hasActiveMember(groupId);
    }

    /** The org chart's groups that receive tasks ({@link GroupKind#receivesTasks()}) and have no active member, in chart order. */
    public List<OrgChart.Group> taskGroupsWithoutActiveMember() {
        return chart.groups().stream().filter(g -> g.kind().receivesTasks()).filter(g -> !hasActiveMember(g.id())).toList();
    }

    /** Membership as the engine's identity service holds it, read with authorization checks off. */
    static final class EngineMembership implements Membership {

        private final ObjectProvider<IdentityService> identity;

        EngineMembership(ObjectProvider<IdentityService> identity) {
            this.identity = identity;
        }

        @Override
        public boolean hasActiveMember(String groupId) {
            IdentityService users = identity.getObject();
            // whoever completes a task may not be allowed to read other users; the answer must not depend on it
            return EngineDirectory.withoutAuthorization(() -> users.createUserQuery().memberOfGroup(groupId).list().stream()
                    .anyMatch(user -> maySignIn(users, user)));
        }

        static boolean maySignIn(IdentityService users, User user) {
            if (users.isReadOnly() || !(user instanceof UserEntity entity)) {
                return true;
            }
            return entity.getPassword() != null && !entity.getPassword().isBlank();
        }
    }
}
