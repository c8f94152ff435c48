package vn.angiang.editorial.feedback;

import java.util.Set;

/**
 * Who took a decision.
 *
 * @param userId   the Camunda user id
 * @param group    the group in which they acted (the task's candidate group they belong to), or null
 * @param memberOf the groups of the signed-in user; null for the application's own work (no user signed in)
 */
public record Actor(String userId, String group, Set<String> memberOf) {

    public Actor(String userId, String group) {
        this(userId, group, null);
    }

    public Actor {
        memberOf = memberOf == null ? null : Set.copyOf(memberOf);
    }

    /** Whether this person may act as a member of the group (the application's own work always may). */
    public boolean actsFor(String groupId) {
        return memberOf == null || (groupId != null && memberOf.contains(groupId));
    }
}
