package vn.angiang.editorial.content.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.content.ContentEdits;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.content.Submission;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * Start of content-correction ({@code correctionRequested}): the member of the item's field or the head
 * corrects or takes down a published item at any time (Đ10.4). The record is checked and bound to this
 * instance by the service; on refusal the start is rolled back and nothing exists. Only the parts of the
 * content that were filled in change.
 */
@Component("openCorrection")
public record OpenCorrection(ContentService service, Actors actors, RuntimeService runtime) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Actor actor = actors.signedIn().orElseThrow(() -> InputRefused.of("Cần đăng nhập để đính chính, gỡ tin bài."));
        Long id = ContentVariables.CORRECTED_ITEM.get(execution);
        if (id == null) {
            throw new InputRefused(ContentVariables.CORRECTED_ITEM.name(), "Hãy nhập số của tin bài đã đăng.");
        }
        String previous = service.find(id).map(Submission::processInstanceId).orElse(null);
        boolean previousRunning = previous != null
                && runtime.createProcessInstanceQuery().processInstanceId(previous).count() > 0;
        ContentEdits sent = ContentVariables.edits(execution);
        ContentEdits edits = new ContentEdits(filled(sent.title()), filled(sent.summary()), filled(sent.body()),
                null, null, null);
        Submission submission = service.openCorrection(id, actor, execution.getProcessInstanceId(), previousRunning,
                ContentVariables.CORRECTION_DECISION.text(execution), edits,
                ContentVariables.CORRECTION_COMMENT.text(execution));
        ContentVariables.SUBMISSION_ID.set(execution, submission.id());
        ContentVariables.REQUESTER_ID.set(execution, submission.submitterId());
        execution.setProcessBusinessKey(submission.itemKey());
        ContentVariables.refresh(execution, submission);
        // the reason, for the head's approval form and the submitter's mail
        ContentVariables.OUTCOME_COMMENT.set(execution, ContentVariables.CORRECTION_COMMENT.text(execution));
    }

    private static String filled(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
