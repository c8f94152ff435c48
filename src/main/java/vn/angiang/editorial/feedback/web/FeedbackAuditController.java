package vn.angiang.editorial.feedback.web;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackAuditedRecords;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackEvent;
import vn.angiang.editorial.platform.audit.AuditReader;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.angiang.editorial.platform.security.AuthorizationTable;

/**
 * The audit trail of a piece of feedback (authenticated, under {@code /api}): every step — who, in which
 * group, when, what, with which comment and which agency. Open to the kinds of group that read every
 * trail ({@link AuthorizationTable#AUDIT_READERS}: the IT center, the board and its secretariat, the
 * managers); the sender's contact details only to the IT center, who may have to call or write back
 * ({@link AuthorizationTable#SENDER_CONTACT_READERS}). Agencies work from their tasks and do not read trails.
 */
@RestController
public record FeedbackAuditController(FeedbackAuditedRecords records, AuditReader reader, FeedbackCatalog catalog, Actors actors) {

    @GetMapping("/api/feedback/{trackingCode}/audit")
    public ResponseEntity<?> audit(@PathVariable String trackingCode) {
        Actor user = actors.signedIn().orElse(null);
        if (user == null || !records.readsAny(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", "Chỉ Trung tâm Tin học, Ban Biên tập và lãnh đạo theo dõi được xem hồ sơ phản ánh."));
        }
        return reader.read(records, trackingCode, user)
                .<ResponseEntity<?>>map(trail -> ResponseEntity.ok(view(trail.record(), records.seesSenderContact(user),
                        trail.entries().stream().map(FeedbackEvent::of).toList())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("message", "Không tìm thấy phản ánh có mã tra cứu này.")));
    }

    AuditView view(Feedback f, boolean withContact, List<FeedbackEvent> events) {
        return new AuditView(f.trackingCode(), f.channel().code(), f.channel().label(), f.enteredBy(),
                withContact ? new Contact(f.senderName(), f.senderAddress(), f.senderPhone(), f.senderEmail()) : null,
                f.subject(), f.content(), f.topic(), catalog.topicLabel(f.topic()), f.area(), catalog.areaLabel(f.area()),
                f.status().name(), f.status().label(), f.proposedAgency(), f.handledBy(), f.agencyGroup(),
                f.classifyDue(), f.forwardedAt(), f.answerDue(), f.escalatedAt(), f.rejectionReason(), f.answerText(),
                f.answeredBy(), f.answeredAt(), f.publicQuestion(), f.publicAnswer(), f.publishedAt(), f.processInstanceId(),
                events);
    }

    public record Contact(String name, String address, String phone, String email) {
    }

    public record AuditView(String trackingCode, String channel, String channelLabel, String enteredBy, Contact sender,
            String subject, String content, String topic, String topicLabel, String area, String areaLabel, String status,
            String statusLabel, String proposedAgency, String handledBy, String agencyGroup, OffsetDateTime classifyDue,
            OffsetDateTime forwardedAt, OffsetDateTime answerDue, OffsetDateTime escalatedAt, String rejectionReason,
            String answerText, String answeredBy, OffsetDateTime answeredAt, String publicQuestion, String publicAnswer,
            OffsetDateTime publishedAt, String processInstanceId, List<FeedbackEvent> events) {
    }
}
