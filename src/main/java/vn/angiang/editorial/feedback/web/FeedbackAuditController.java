package vn.angiang.editorial.feedback.web;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackEvent;
import vn.angiang.editorial.feedback.FeedbackService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.angiang.editorial.platform.security.AuthorizationTable;
import vn.angiang.editorial.platform.security.GroupKinds;

/**
 * The audit trail of a piece of feedback (authenticated, under {@code /api}): every step — who, in which
 * group, when, what, with which comment and which agency. Open to the kinds of group that read every
 * trail ({@link AuthorizationTable#AUDIT_READERS}: the IT center, the board and its secretariat, the
 * managers); the sender's contact details only to the IT center, who may have to call or write back
 * ({@link AuthorizationTable#SENDER_CONTACT_READERS}). Agencies work from their tasks and do not read trails.
 */
@RestController
public class FeedbackAuditController {

    private final FeedbackService service;
    private final FeedbackCatalog catalog;
    private final IdentityService identity;
    private final GroupKinds groupKinds;

    public FeedbackAuditController(FeedbackService service, FeedbackCatalog catalog, IdentityService identity,
            GroupKinds groupKinds) {
        this.service = service;
        this.catalog = catalog;
        this.identity = identity;
        this.groupKinds = groupKinds;
    }

    @GetMapping("/api/feedback/{trackingCode}/audit")
    public ResponseEntity<?> audit(@PathVariable String trackingCode) {
        Authentication user = identity.getCurrentAuthentication();
        // by kind, not by group id: a group added to the org chart reads as its kind does
        GroupKinds.Member member = user == null ? null : groupKinds.of(user.getUserId());
        if (member == null || !member.isAnyOf(AuthorizationTable.AUDIT_READERS)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", "Chỉ Trung tâm Tin học, Ban Biên tập và lãnh đạo theo dõi được xem hồ sơ phản ánh."));
        }
        // not isAnyOf: an administrator repairs records, and has no call to make to the sender
        boolean withContact = member.kinds().stream().anyMatch(AuthorizationTable.SENDER_CONTACT_READERS::contains);
        return service.findByTrackingCode(trackingCode)
                .<ResponseEntity<?>>map(f -> ResponseEntity.ok(view(f, withContact)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("message", "Không tìm thấy phản ánh có mã tra cứu này.")));
    }

    AuditView view(Feedback f, boolean withContact) {
        return new AuditView(f.trackingCode(), f.channel().code(), f.channel().label(), f.enteredBy(),
                withContact ? new Contact(f.senderName(), f.senderAddress(), f.senderPhone(), f.senderEmail()) : null,
                f.subject(), f.content(), f.topic(), catalog.topicLabel(f.topic()), f.area(), catalog.areaLabel(f.area()),
                f.status().name(), f.status().label(), f.proposedAgency(), f.handledBy(), f.agencyGroup(),
                f.classifyDue(), f.forwardedAt(), f.answerDue(), f.escalatedAt(), f.rejectionReason(), f.answerText(),
                f.answeredBy(), f.answeredAt(), f.publicQuestion(), f.publicAnswer(), f.publishedAt(), f.processInstanceId(),
                service.events(f.id()));
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
