package vn.angiang.editorial.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.GroupKind;

/**
 * The kinds of the groups a person belongs to, for the application's own endpoints: a group's type is
 * its kind (the org chart seeder writes it), so a group added to the org chart has the rights of its
 * kind here as it has in the engine ({@link AuthorizationTable}), without a list of group ids to keep.
 */
@Component
public class GroupKinds {

    private final IdentityService identity;

    public GroupKinds(IdentityService identity) {
        this.identity = identity;
    }

    /** @param administrator a member of camunda-admin */
    public record Member(Set<GroupKind> kinds, boolean administrator) {

        /** An administrator, or a member of a group of one of {@code allowed}. */
        public boolean isAnyOf(Set<GroupKind> allowed) {
            return administrator || kinds.stream().anyMatch(allowed::contains);
        }
    }

    public Member of(String userId) {
        return of(identity.createGroupQuery().groupMember(userId).list());
    }

    static Member of(List<Group> groups) {
        Set<GroupKind> kinds = EnumSet.noneOf(GroupKind.class);
        boolean administrator = false;
        for (Group group : groups) {
            administrator |= Groups.CAMUNDA_ADMIN.equals(group.getId());
            // a group made in Admin with a type of its own, or none, gives no kind's rights
            Arrays.stream(GroupKind.values()).filter(k -> k.name().equals(group.getType())).forEach(kinds::add);
        }
        return new Member(Set.copyOf(kinds), administrator);
    }
}
