package vn.angiang.editorial.feedback;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public intake's one transaction: check, store the record, start the process instance. The
 * instance runs only to its first save point (after {@code registerFeedback}); routing and the rest
 * continue in the job executor, so a citizen's request stays short.
 */
@Service
public class FeedbackIntake {

    private final FeedbackService service;
    private final RuntimeService runtime;

    public FeedbackIntake(FeedbackService service, RuntimeService runtime) {
        this.service = service;
        this.runtime = runtime;
    }

    /** @throws FeedbackValidationException for bad input; nothing is stored then */
    @Transactional
    public Feedback submit(FeedbackForm form) {
        Feedback feedback = service.receive(form, Channel.WEB, null);
        runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, feedback.trackingCode(),
                Variables.createVariables().putValue(ProcessVariables.FEEDBACK_ID, feedback.id()));
        return feedback;
    }
}
