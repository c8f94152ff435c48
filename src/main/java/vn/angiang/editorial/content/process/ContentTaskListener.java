package vn.angiang.editorial.content.process;

import vn.angiang.editorial.platform.process.Actor;

import vn.angiang.editorial.content.ContentActors;
import vn.angiang.editorial.content.ContentEdits;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.content.Outcome;
import vn.angiang.editorial.content.Stage;
import vn.angiang.editorial.content.Submission;
import vn.angiang.editorial.platform.process.Coded;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every user task of content-approval.
 * <ul>
 * <li>{@code create}: clears the step's decision and comment, so a decision is always given anew
 * (a returned item comes back without the previous round's answer pre-selected);</li>
 * <li>{@code complete}: checks the decision and the edits with the service and records them in the
 * audit trail — who, in which role, acting for whom, when, outcome, comment, task. On bad input it
 * throws: the completion is rolled back and the task stays open, unchanged.</li>
 * </ul>
 */
@Component("contentTask")
public record ContentTaskListener(ContentService service, ContentActors actors) implements TaskListener {


    @Override
    public void notify(DelegateTask task) {
        Stage stage = Stage.forTask(task.getTaskDefinitionKey()).orElseThrow(() -> new IllegalStateException(
                "contentTask is not bound to a step: " + task.getTaskDefinitionKey()));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            stage.decision().remove(task);
            stage.comment().remove(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task, stage);
        }
    }

    private void complete(DelegateTask task, Stage stage) {
        long id = service.bound(ContentVariables.submissionId(task), task.getProcessInstanceId());
        String decision = stage.decision().text(task);
        String comment = stage.comment().text(task);
        Submission submission;
        ContentEdits edits = stage.editsContent() || stage.editsClassification() ? ContentVariables.edits(task)
                : ContentEdits.NONE;
        Actor actor = actors.forTask(task, stage, service.get(id).submitterGroup());
        submission = service.decide(id, stage, decision, edits, actor, comment, task.getId());
        ContentVariables.refresh(task.getExecution(), submission);
        Outcome outcome = Coded.byCode(Outcome.class, decision).orElseThrow();
        ContentVariables.OUTCOME.set(task, outcome.label());
        ContentVariables.OUTCOME_COMMENT.set(task, comment);
        if (outcome == Outcome.RETURN) {
            ContentVariables.RETURN_REASON.set(task, comment);
        }
    }
}
