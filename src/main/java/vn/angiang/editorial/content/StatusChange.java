package vn.angiang.editorial.content;

import java.time.OffsetDateTime;

/** One entry of the status history. */
public record StatusChange(SubmissionStatus status, OffsetDateTime changedAt, String changedBy, String note) {
}
