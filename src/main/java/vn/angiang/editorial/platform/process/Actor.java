package vn.angiang.editorial.platform.process;

import java.util.Set;

/**
 * Who acts on a record: the signed-in official (never a value a client sent), the group in which
 * they act, and for whom when they act in another's place (a deputy for the head, Đ8.1–8.2).
 *
 * @param userId    the Camunda user id, or {@link #SYSTEM} for the application's own work
 * @param group     the group in which they act (the task's candidate group they belong to), or null
 * @param memberOf  the groups of the signed-in user; null for the application's own work
 * @param actingFor the user id (or ids, comma-separated) of the person they act for, or null
 * @param delegation the reference of the recorded delegation under which they act for the head, or null
 */
public record Actor(String userId, String group, Set<String> memberOf, String actingFor, String delegation) {

    public static final String SYSTEM = "system";

    public Actor {
        memberOf = memberOf == null ? null : Set.copyOf(memberOf);
    }

    /** The application itself (timers, the intake): may act for every group. */
    public static Actor system() {
        return new Actor(SYSTEM, null, null, null, null);
    }

    /** A person recorded without their memberships (a paper sender, a row read back from the trail). */
    public static Actor of(String userId, String group) {
        return new Actor(userId, group, Set.of(), null, null);
    }

    /** The same person acting in {@code group}. */
    public Actor inGroup(String otherGroup) {
        return new Actor(userId, otherGroup, memberOf, actingFor, delegation);
    }

    /** The same person acting in the place of {@code whom} (a paper's sender, entered by a clerk). */
    public Actor actingFor(String whom) {
        return new Actor(userId, group, memberOf, whom, null);
    }

    /** The same person acting for the head {@code headId} under the delegation {@code reference} (Đ8.1). */
    public Actor underDelegation(String headId, String reference) {
        return new Actor(userId, group, memberOf, headId, reference);
    }

    /** Whether this person may act as a member of the group (the application's own work always may). */
    public boolean mayActFor(String groupId) {
        return memberOf == null || (groupId != null && memberOf.contains(groupId));
    }
}
