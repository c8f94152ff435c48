package vn.angiang.editorial.feedback;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public intake: check, then in one transaction store the record and start the process instance.
 * The check runs before the transaction, so refused input (floods included) costs no database
 * connection. The instance runs only to its first save point (after {@code registerFeedback}); routing
 * and the rest continue in the job executor, so a citizen's request stays short.
 */
@Service
public class FeedbackIntake {

    private final FeedbackService service;
    private final FeedbackValidator validator;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    public FeedbackIntake(FeedbackService service, FeedbackValidator validator, RuntimeService runtime,
            PlatformTransactionManager transactions) {
        this.service = service;
        this.validator = validator;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @throws FeedbackValidationException for bad input; nothing is stored then */
    public Feedback submit(FeedbackForm form) {
        FeedbackForm checked = validator.check(form);
        return transaction.execute(status -> {
            Feedback feedback = service.receive(checked, Channel.WEB, null);
            runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, feedback.trackingCode(),
                    Variables.createVariables().putValue(ProcessVariables.FEEDBACK_ID, feedback.id()));
            return feedback;
        });
    }
}
