package vn.angiang.editorial.feedback;

import org.springframework.stereotype.Service;

/**
 * The public intake: check, then store the record (with its tracking code and the first line of its
 * audit trail) in one short transaction; the process instance is started right after, in the
 * background ({@link FeedbackProcessStarter}), so a burst of citizens waits for two inserts, not for
 * the engine. The check runs before the transaction, so refused input (floods included) costs no
 * database connection.
 */
@Service
public class FeedbackIntake {

    private final FeedbackService service;
    private final FeedbackValidator validator;
    private final FeedbackProcessStarter starter;

    public FeedbackIntake(FeedbackService service, FeedbackValidator validator, FeedbackProcessStarter starter) {
        this.service = service;
        this.validator = validator;
        this.starter = starter;
    }

    /** @throws FeedbackValidationException for bad input; nothing is stored then */
    public Feedback submit(FeedbackForm form) {
        FeedbackForm checked = validator.check(form);
        // receive() commits on return (FeedbackService is transactional), before the starter looks
        Feedback feedback = service.receive(checked, Channel.WEB, null);
        starter.submitted();
        return feedback;
    }
}
