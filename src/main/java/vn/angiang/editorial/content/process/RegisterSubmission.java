package vn.angiang.editorial.content.process;

import vn.angiang.editorial.platform.validation.InputRefused;

import vn.angiang.editorial.content.ContentActors;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.content.Submission;
import vn.angiang.editorial.content.SubmissionForm;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of content-approval ({@code submissionReceived}): checks the submission and stores it as a
 * domain record. The submitter is the signed-in user; the IT center may enter a paper submission for
 * its sender ({@code enteredFor}), and the trail then says who entered it for whom. On bad input it throws, the start is rolled back, and neither an instance nor a
 * record exists; the message says what to fix.
 */
@Component("registerSubmission")
public record RegisterSubmission(ContentService service, ContentActors actors) implements ExecutionListener {


    @Override
    public void notify(DelegateExecution execution) {
        // the signed-in user, whatever the start sent; without one (code of the application itself)
        // the submitter that code named
        String signedIn = actors.currentUser().orElse(null);
        String starter = signedIn != null ? signedIn
                : ContentVariables.REQUESTER_ID.text(execution);
        if (starter == null) {
            throw InputRefused.of("Cần đăng nhập để gửi tin bài.");
        }
        String enteredFor = ContentVariables.ENTERED_FOR.text(execution);
        enteredFor = enteredFor == null || enteredFor.isBlank() ? null : enteredFor.strip();
        String requester = enteredFor == null ? starter : enteredFor;
        SubmissionForm form = ContentVariables.submission(execution);
        String group = enteredFor == null ? actors.submitterGroup(requester) : actors.paperSenderGroup(requester);
        if ((form.sourceAgency() == null || form.sourceAgency().isBlank()) && group != null
                && actors.isAgency(group)) {
            form = new SubmissionForm(form.title(), form.summary(), form.body(), form.contentType(), form.field(),
                    form.urgency(), form.requestedPublicationDate(), actors.groupName(group).orElse(null),
                    form.contributors());
        }
        Submission submission = enteredFor == null
                ? service.submit(form, requester, group, execution.getProcessInstanceId())
                : service.submitOnPaper(form, actors.clerk(starter), requester, group,
                        execution.getProcessInstanceId());
        // revisions and notices follow the submitter, not whoever typed it in
        ContentVariables.REQUESTER_ID.set(execution, submission.submitterId());
        execution.setProcessBusinessKey(submission.itemKey());
        ContentVariables.SUBMISSION_ID.set(execution, submission.id());
        ContentVariables.refresh(execution, submission);
    }
}
