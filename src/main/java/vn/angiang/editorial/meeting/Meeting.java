package vn.angiang.editorial.meeting;

import java.time.OffsetDateTime;

/**
 * One meeting of the board, as recorded.
 *
 * @param requestedBy        who started the convocation ({@code system} for the half-year timer)
 * @param convenerId         the head, or the deputy acting for the head, who approved and signed the invitation
 *                           and chairs (Đ7.5, Đ14.3); null before the invitation
 * @param convenerDelegation the delegation a deputy convened under ({@code UQ-3}), or null
 * @param shortNotice        an ad hoc meeting invited with less notice than a regular one needs (recorded as such)
 * @param recordedBy         the secretary who kept the minutes (Đ12.1), or null before the meeting
 */
public record Meeting(long id, MeetingKind kind, MeetingStatus status, String title, String reason,
        OffsetDateTime startsAt, String place, OffsetDateTime contributionsDue, OffsetDateTime replyDue,
        boolean shortNotice, String requestedBy, String convenerId, String convenerDelegation,
        String recordedBy, String processInstanceId, OffsetDateTime createdAt, OffsetDateTime concludedAt) {

    /** The record's key in the trail, the papers and {@code /api/meetings/{id}}. */
    public String key() {
        return Long.toString(id);
    }
}
