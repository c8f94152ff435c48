package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.validation.InputRefused;

import vn.angiang.editorial.feedback.process.FeedbackProcessStarter;

import org.springframework.stereotype.Service;

/**
 * The public intake: check and store the record (with its tracking code and the first line of its
 * audit trail) in one short transaction; the process instance is started right after, in the
 * background ({@link FeedbackProcessStarter}), so a burst of citizens waits for two inserts, not for
 * the engine.
 */
@Service
public record FeedbackIntake(FeedbackService service, FeedbackProcessStarter starter) {

    /** @throws InputRefused for bad input; nothing is stored then */
    public Feedback submit(FeedbackForm form) {
        // receive() checks the form once and commits on return (FeedbackService is transactional),
        // before the starter looks for the record
        Feedback feedback = service.receive(form, Channel.WEB, null);
        starter.submitted();
        return feedback;
    }
}
