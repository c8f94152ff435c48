package vn.angiang.editorial.content;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of content-approval ({@code submissionReceived}): checks the submission and stores it as a
 * domain record. On bad input it throws, the start is rolled back, and neither an instance nor a
 * record exists; the message says what to fix.
 */
@Component("registerSubmission")
public class RegisterSubmission implements ExecutionListener {

    private final ContentService service;
    private final ContentActors actors;

    public RegisterSubmission(ContentService service, ContentActors actors) {
        this.service = service;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateExecution execution) {
        try {
            String requester = ContentVariables.string(execution.getVariable(ContentVariables.REQUESTER_ID));
            if (requester == null) {
                throw new ContentValidationException("Cần đăng nhập để gửi tin bài.");
            }
            SubmissionForm form = ContentVariables.submission(execution);
            String group = actors.submitterGroup(requester);
            if ((form.sourceAgency() == null || form.sourceAgency().isBlank()) && group != null
                    && (group.startsWith("agency-") || group.startsWith("commune-"))) {
                form = new SubmissionForm(form.title(), form.summary(), form.body(), form.contentType(), form.field(),
                        form.urgency(), form.requestedPublicationDate(), actors.groupName(group).orElse(null),
                        form.contributors());
            }
            Submission submission = service.submit(form, requester, group, execution.getProcessInstanceId());
            execution.setProcessBusinessKey(submission.itemKey());
            execution.setVariable(ContentVariables.SUBMISSION_ID, submission.id());
            ContentVariables.refresh(execution, submission);
        } catch (ContentValidationException e) {
            throw ContentFormError.of(e);
        }
    }
}
