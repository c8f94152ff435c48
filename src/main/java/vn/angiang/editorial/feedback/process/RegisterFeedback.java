package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.AREA;
import static vn.angiang.editorial.feedback.FeedbackVariables.CHANNEL;
import static vn.angiang.editorial.feedback.FeedbackVariables.CONTENT;
import static vn.angiang.editorial.feedback.FeedbackVariables.FEEDBACK_ID;
import static vn.angiang.editorial.feedback.FeedbackVariables.SENDER_ADDRESS;
import static vn.angiang.editorial.feedback.FeedbackVariables.SENDER_EMAIL;
import static vn.angiang.editorial.feedback.FeedbackVariables.SENDER_NAME;
import static vn.angiang.editorial.feedback.FeedbackVariables.SENDER_PHONE;
import static vn.angiang.editorial.feedback.FeedbackVariables.START_FORM_FIELDS;
import static vn.angiang.editorial.feedback.FeedbackVariables.SUBJECT;
import static vn.angiang.editorial.feedback.FeedbackVariables.TOPIC;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Channel;
import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackForm;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackVariables;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.validation.InputRefused;

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
public record RegisterFeedback(FeedbackStep step, FeedbackService service) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        long id;
        if (execution.hasVariable(FEEDBACK_ID.name())) {
            id = FEEDBACK_ID.required(execution);
        } else {
            String channelCode = CHANNEL.text(execution);
            Channel channel = Coded.byCode(Channel.class, channelCode == null ? "" : channelCode.strip())
                    .filter(c -> c != Channel.WEB)
                    .orElseThrow(() -> new InputRefused(CHANNEL.name(),
                            "Chưa chọn kênh tiếp nhận (thư giấy, điện thoại hoặc thư điện tử)."));
            FeedbackForm form = new FeedbackForm(SENDER_NAME.text(execution), SENDER_ADDRESS.text(execution),
                    SENDER_PHONE.text(execution), SENDER_EMAIL.text(execution), SUBJECT.text(execution),
                    CONTENT.text(execution), TOPIC.text(execution), AREA.text(execution));
            Feedback feedback = service.receive(form, channel, step.actor(BoardRole.IT_CENTER).userId());
            id = feedback.id();
            execution.removeVariables(FeedbackVariables.names(START_FORM_FIELDS));
            FEEDBACK_ID.set(execution, id);
            execution.setProcessBusinessKey(feedback.trackingCode());
        }
        service.attachProcess(id, execution.getProcessInstanceId());
    }
}
