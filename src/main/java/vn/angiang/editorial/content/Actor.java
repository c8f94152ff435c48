package vn.angiang.editorial.content;

/**
 * Who made a decision.
 *
 * @param userId    the Camunda user id of the person who acted
 * @param role      the group in which they acted (the task's candidate group they belong to)
 * @param actingFor the user id of the person they acted for (a deputy for the head, Đ8.1–8.2), or null
 */
public record Actor(String userId, String role, String actingFor) {

    public static final String SYSTEM = "system";

    public static Actor system() {
        return new Actor(SYSTEM, null, null);
    }
}
