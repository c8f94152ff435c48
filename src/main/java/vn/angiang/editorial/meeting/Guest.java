package vn.angiang.editorial.meeting;

/** A guest of a meeting: a leader of an agency or locality the board invites (Đ6.3). Email optional. */
public record Guest(int position, String name, String jobTitle, String unit, String email) {
}
