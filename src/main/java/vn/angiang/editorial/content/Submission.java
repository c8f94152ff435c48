package vn.angiang.editorial.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The domain record of one submission: its current content and where it stands. */
public record Submission(
        long id,
        String processInstanceId,
        String submitterId,
        String submitterGroup,
        String sourceAgency,
        String title,
        String summary,
        String bodyHtml,
        ContentType contentType,
        String field,
        Urgency urgency,
        LocalDate requestedPublicationDate,
        SubmissionStatus status,
        int contentVersion,
        String appraiserGroup,
        Boolean headApprovalRequired,
        Integer deadlineDays,
        String publishedItemKey,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<Contributor> contributors) {

    /** The public id of this submission in the feed. */
    public String itemKey() {
        return "content-" + id;
    }

    /** Where its audit trail is read. */
    public String auditPath() {
        return "/api/content/" + id + "/audit";
    }
}
