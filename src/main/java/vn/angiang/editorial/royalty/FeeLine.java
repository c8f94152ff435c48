package vn.angiang.editorial.royalty;

/** One member's monthly fee (thù lao, Đ17.1) on a regular statement, from the rules in force when it was drafted. */
public record FeeLine(int position, String userId, String name, String groupId, long amount, String source) {
}
