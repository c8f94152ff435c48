package vn.angiang.editorial.feedback;

/**
 * Who took a decision.
 *
 * @param userId the Camunda user id
 * @param group  the group in which they acted (the task's candidate group they belong to), or null
 */
public record Actor(String userId, String group) {
}
