package vn.angiang.editorial.meeting;

/**
 * One item of the agenda and, after the meeting, what was decided on it and how the members voted (Đ14.1).
 *
 * @param field   the field (lĩnh vực) whose member contributes to it (Đ10.8), or null
 * @param outcome passed or failed by the majority rule; null before the meeting or when nothing was put to a vote
 */
public record AgendaItem(int position, String title, String field, String presenter, String discussion,
        String decision, Integer votesFor, Integer votesAgainst, Integer votesAbstain, VoteOutcome outcome) {

    public static AgendaItem planned(int position, String title, String field, String presenter) {
        return new AgendaItem(position, title, field, presenter, null, null, null, null, null, null);
    }
}
