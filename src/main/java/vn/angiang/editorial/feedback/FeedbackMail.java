package vn.angiang.editorial.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** E-mails of the feedback process. */
@Component
public class FeedbackMail {

    public static final String ANSWERED = "feedback-answered";
    public static final String NOT_ACCEPTED = "feedback-not-accepted";
    public static final String REMINDER = "feedback-reminder";
    public static final String OVERDUE = "feedback-overdue";

    private static final Logger log = LoggerFactory.getLogger(FeedbackMail.class);

    private final FeedbackService service;

    public FeedbackMail(FeedbackService service) {
        this.service = service;
    }

    public void toSender(Feedback f) {
        log.info("Feedback {}: sender to be notified ({})", f.trackingCode(), f.status());
    }

    public void toGroup(DelegateExecution execution, String groupId, String template, Feedback f) {
        log.info("Feedback {}: group {} to be notified ({})", f.trackingCode(), groupId, template);
    }
}
