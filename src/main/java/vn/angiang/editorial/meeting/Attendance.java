package vn.angiang.editorial.meeting;

import java.time.OffsetDateTime;

/**
 * An invited member's reply and, after the meeting, their presence. A proxy is recorded against the member,
 * who answers for the proxy's opinions (Đ14.2).
 */
public record Attendance(String memberId, String memberName, Reply reply, String proxyName, String proxyPosition,
        String proxyUnit, String note, OffsetDateTime repliedAt, Presence presence) {

    /** As the secretariat records it unless it corrects it: the reply says who comes. */
    public Presence expectedPresence() {
        return switch (reply) {
            case CONFIRM -> Presence.PRESENT;
            case PROXY -> Presence.PROXY;
            default -> Presence.ABSENT;
        };
    }
}
