package vn.angiang.editorial.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Work a conclusion assigns (Đ14.1: "có sự phân công nhiệm vụ rõ ràng"): a tracked task of {@code assigneeGroup},
 * due on {@code dueOn}.
 *
 * @param status {@link #OPEN} or {@link #DONE}
 */
public record FollowUp(int position, Integer agendaPosition, String description, String assigneeGroup,
        LocalDate dueOn, String status, String report, String doneBy, OffsetDateTime doneAt) {

    public static final String OPEN = "open";
    public static final String DONE = "done";
}
