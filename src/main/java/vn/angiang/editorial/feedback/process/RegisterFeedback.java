package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.Channel;
import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackForm;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackValidationException;

import static vn.angiang.editorial.feedback.process.ProcessVariables.FEEDBACK_ID;
import static vn.angiang.editorial.feedback.process.ProcessVariables.START_FORM_FIELDS;
import static vn.angiang.editorial.feedback.process.ProcessVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code registerFeedback}: ties the new process instance to its feedback record.
 * <ul>
 * <li>From the public form the record exists already ({@code feedbackId} set by the intake).</li>
 * <li>From Tasklist's start form (feedback received on paper, by phone or e-mail and entered by the IT
 * center) the form's fields are checked like a public submission and stored; the fields are then
 * removed from the instance, so the sender's personal data lives only in the record.</li>
 * </ul>
 * A record already handled by another instance is refused (a REST client cannot hijack one by passing
 * its id). Bad input rolls the start back with the field messages (REST 400).
 */
@Component("registerFeedback")
public class RegisterFeedback implements JavaDelegate {

    private final FeedbackService service;

    public RegisterFeedback(FeedbackService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id;
        if (execution.hasVariable(FEEDBACK_ID)) {
            id = ProcessVariables.feedbackId(execution);
        } else {
            String channelCode = text(execution, "channel");
            Channel channel = Channel.fromCode(channelCode == null ? "" : channelCode.strip())
                    .filter(c -> c != Channel.WEB)
                    .orElseThrow(() -> new FeedbackValidationException("channel",
                            "Chưa chọn kênh tiếp nhận (thư giấy, điện thoại hoặc thư điện tử)."));
            FeedbackForm form = new FeedbackForm(text(execution, "senderName"), text(execution, "senderAddress"),
                    text(execution, "senderPhone"), text(execution, "senderEmail"), text(execution, "subject"),
                    text(execution, "content"), text(execution, "topic"), text(execution, "area"));
            Feedback feedback = service.receive(form, channel, ProcessVariables.actor(execution, "it-center").userId());
            id = feedback.id();
            execution.removeVariables(START_FORM_FIELDS);
            execution.setVariable(FEEDBACK_ID, id);
            execution.setProcessBusinessKey(feedback.trackingCode());
        }
        service.attachProcess(id, execution.getProcessInstanceId());
    }
}
