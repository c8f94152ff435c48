package vn.angiang.editorial.feedback.web;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackStatus;
import vn.angiang.editorial.feedback.PersonalDataRedactor;

import java.time.OffsetDateTime;

/**
 * What anyone holding a tracking code may see: the stage and, once published, the question and answer
 * with personal data removed. Never the sender's name, address, phone, e-mail, nor the raw text.
 *
 * @param status          FeedbackStatus name; {@code statusLabel} is the public wording ("Đang xử lý", ...)
 * @param handlingAgency  the agency handling it, once forwarded
 * @param lastProgressAt  the latest progress note (every 7 days while an agency works on it)
 * @param rejectionReason why it was not accepted (only then)
 */
public record PublicStatus(String trackingCode, String status, String statusLabel, OffsetDateTime receivedAt,
        String topic, String topicLabel, String area, String areaLabel, String handlingAgency,
        OffsetDateTime lastProgressAt, String rejectionReason, String question, String answer,
        OffsetDateTime publishedAt) {

    public static PublicStatus of(Feedback f, FeedbackCatalog catalog) {
        boolean atAgency = f.status() == FeedbackStatus.FORWARDED || f.status() == FeedbackStatus.UNDER_REVIEW
                || f.status() == FeedbackStatus.ANSWERED;
        String agency = !atAgency ? null
                : Feedback.HANDLED_BY_AGENCY.equals(f.handledBy()) ? catalog.agencyLabel(f.agencyGroup())
                : catalog.agencyLabel(FeedbackCatalog.BOARD);
        boolean published = f.status() == FeedbackStatus.ANSWERED;
        return new PublicStatus(f.trackingCode(), f.status().name(), f.status().publicLabel(), f.createdAt(), f.topic(),
                catalog.topicLabel(f.topic()), f.area(), catalog.areaLabel(f.area()), agency,
                atAgency && !published ? f.lastProgressAt() : null,
                f.status() == FeedbackStatus.NOT_ACCEPTED ? PersonalDataRedactor.redact(f.rejectionReason(), f) : null,
                published ? f.publicQuestion() : null, published ? f.publicAnswer() : null,
                published ? f.publishedAt() : null);
    }

    /** One published question and answer, as the public list shows it. */
    public record PublishedAnswer(String topicLabel, String areaLabel, String answeredBy, String question, String answer,
            OffsetDateTime publishedAt) {

        static PublishedAnswer of(Feedback f, FeedbackCatalog catalog) {
            return new PublishedAnswer(catalog.topicLabel(f.topic()), catalog.areaLabel(f.area()),
                    Feedback.HANDLED_BY_AGENCY.equals(f.handledBy()) ? catalog.agencyLabel(f.agencyGroup())
                            : catalog.agencyLabel(FeedbackCatalog.BOARD),
                    f.publicQuestion(), f.publicAnswer(), f.publishedAt());
        }
    }
}
