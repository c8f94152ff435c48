package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackStatus;

import static vn.angiang.editorial.feedback.process.ProcessVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code recordReview}, right after a board member completes {@code reviewAnswer}: accepted (the public
 * texts are stored with personal data removed) or returned with comments to whoever answered
 * ({@code handledBy}: the agency, or the IT center for the board's own answer).
 */
@Component("recordReview")
public class RecordReview implements JavaDelegate {

    private final FeedbackService service;

    public RecordReview(FeedbackService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.review(ProcessVariables.feedbackId(execution, service), text(execution, "reviewDecision"),
                text(execution, "reviewComment"), text(execution, "publicQuestion"), text(execution, "publicAnswer"),
                ProcessVariables.actor(execution, "board-members"));
        execution.setVariable("reviewDecision", text(execution, "reviewDecision").strip());
        execution.setVariable("handledBy", f.handledBy());
        if (f.status() == FeedbackStatus.RECEIVED) {
            execution.setVariable("returnReason", "Thành viên Ban Biên tập trả lại câu trả lời: "
                    + text(execution, "reviewComment").strip());
            execution.setVariable("classification", FeedbackService.ANSWER);
            execution.setVariable("boardAnswer", f.answerText());
        }
    }
}
