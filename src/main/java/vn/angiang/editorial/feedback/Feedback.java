package vn.angiang.editorial.feedback;

import java.time.OffsetDateTime;

/**
 * One piece of feedback (phản ánh, kiến nghị) and where it stands. The sender's name, address, phone
 * and e-mail are personal data: they stay in this record, never in process variables or public views.
 *
 * @param handledBy   {@code board} when the board answers itself, {@code agency} when forwarded
 * @param agencyGroup the Camunda group of the agency it is forwarded to
 * @param escalatedAt when the agency's answer became overdue (flagged for the monthly report)
 */
public record Feedback(
        long id,
        String trackingCode,
        String processInstanceId,
        Channel channel,
        String enteredBy,
        String senderName,
        String senderAddress,
        String senderPhone,
        String senderEmail,
        String subject,
        String content,
        String topic,
        String area,
        FeedbackStatus status,
        String proposedAgency,
        String handledBy,
        String agencyGroup,
        OffsetDateTime classifyDue,
        OffsetDateTime forwardedAt,
        OffsetDateTime answerDue,
        OffsetDateTime lastProgressAt,
        OffsetDateTime escalatedAt,
        String rejectionReason,
        String answerText,
        String answeredBy,
        String answeredGroup,
        OffsetDateTime answeredAt,
        OffsetDateTime publishDue,
        String publicQuestion,
        String publicAnswer,
        OffsetDateTime publishedAt,
        String publishedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static final String HANDLED_BY_BOARD = "board";
    public static final String HANDLED_BY_AGENCY = "agency";
}
