package vn.angiang.editorial.feedback;

import vn.angiang.editorial.feedback.web.PublicFeedbackController;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.notification.EngineDirectory;
import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.notification.PublicLinks;

/**
 * The e-mails of the feedback process, written to the outbox in the engine's transaction (sent after
 * commit, nothing sent for rolled-back work). Templates in {@code templates/mail/feedback-*.txt}.
 */
@Component
public record FeedbackMail(Outbox outbox, FeedbackService service, FeedbackCatalog catalog, PublicLinks links) {

    public static final String ANSWERED = "feedback-answered";
    public static final String NOT_ACCEPTED = "feedback-not-accepted";
    public static final String REMINDER = "feedback-reminder";
    public static final String OVERDUE = "feedback-overdue";
    public static final String OUT_OF_SCOPE = "feedback-out-of-scope";
    public static final String FORWARDED = "feedback-forwarded";

    private static final Logger log = LoggerFactory.getLogger(FeedbackMail.class);


    /** The outcome to the sender: the answer, or why it was not accepted. Skipped (and noted) without an e-mail address. */
    public void toSender(Feedback f) {
        if (f.senderEmail() == null || !Outbox.isValidAddress(f.senderEmail())) {
            service.note(f.id(), "notifySender", "not-mailed",
                    "Người gửi không có địa chỉ thư điện tử: kết quả được công khai theo mã tra cứu " + f.trackingCode());
            return;
        }
        boolean answered = f.status() == FeedbackStatus.ANSWERED;
        Map<String, Object> model = model(f);
        model.put("recipientName", f.senderName());
        model.put("answer", f.publicAnswer());
        model.put("answeredBy", Feedback.HANDLED_BY_AGENCY.equals(f.handledBy()) ? catalog.agencyLabel(f.agencyGroup())
                : catalog.agencyLabel(FeedbackCatalog.BOARD));
        model.put("reason", f.rejectionReason());
        String template = answered ? ANSWERED : f.status() == FeedbackStatus.OUT_OF_SCOPE ? OUT_OF_SCOPE : NOT_ACCEPTED;
        outbox.enqueue(f.senderEmail(), template, model, "feedback:" + f.trackingCode());
        service.note(f.id(), "notifySender", "mailed", answered ? "Đã gửi kết quả trả lời"
                : f.status() == FeedbackStatus.OUT_OF_SCOPE ? "Đã hướng dẫn người gửi gửi đúng nơi"
                : "Đã báo không đủ điều kiện xử lý");
    }

    /** A reminder or an overdue notice to every member (with an e-mail address) of a group. */
    public void toGroup(DelegateExecution execution, String groupId, String template, Feedback f) {
        toGroup(execution, groupId, template, f, Map.of());
    }

    /** The forwarding slip to the agency's people, with where to open it. */
    public void forwarded(DelegateExecution execution, Feedback f, String slip, String slipUrl) {
        toGroup(execution, f.agencyGroup(), FORWARDED, f, Map.of("slip", slip, "slipUrl", links.to(slipUrl)));
    }

    private void toGroup(DelegateExecution execution, String groupId, String template, Feedback f, Map<String, Object> extra) {
        if (groupId == null) {
            return;
        }
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        List<String> skipped = new ArrayList<>();
        int answerDays = service.answerDays();
        for (EngineDirectory.Recipient member : EngineDirectory.usersAndMembers(identity, List.of(), List.of(groupId), skipped)) {
            Map<String, Object> model = model(f);
            model.put("recipientName", member.name());
            model.put("agency", catalog.agencyLabel(f.agencyGroup()));
            model.put("forwardedAt", f.forwardedAt());
            model.put("answerDue", f.answerDue());
            model.put("tasklistUrl", links.tasklist());
            model.put("answerDays", answerDays);
            model.putAll(extra);
            outbox.enqueue(member.email(), template, model, "feedback:" + f.trackingCode());
        }
        if (!skipped.isEmpty()) {
            log.info("Feedback {}: not reminded in {}: {}", f.trackingCode(), groupId, skipped);
        }
    }

    private Map<String, Object> model(Feedback f) {
        Map<String, Object> model = new HashMap<>();
        model.put("trackingCode", f.trackingCode());
        model.put("subject", f.subject());
        model.put("topic", catalog.topicLabel(f.topic()));
        model.put("area", catalog.areaLabel(f.area()));
        model.put("statusUrl", links.to(PublicFeedbackController.BASE + "/status?code=" + f.trackingCode()));
        return model;
    }
}
