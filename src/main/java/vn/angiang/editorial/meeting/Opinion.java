package vn.angiang.editorial.meeting;

import java.time.OffsetDateTime;

/** A member's written answer to a consultation (Đ12.1). */
public record Opinion(String memberId, String memberName, ConsultationAnswer answer, String comment,
        OffsetDateTime answeredAt) {
}
