package vn.angiang.editorial.feedback.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackVariables;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;

/** What every step of feedback-handling asks first: which record, and who acts. */
@Component
public record FeedbackStep(FeedbackService service, Actors actors, OrgDirectory org) {


    /** The feedback this instance handles, checked against the record (see {@link FeedbackService#bound}). */
    public long feedbackId(DelegateExecution execution) {
        return service.bound(FeedbackVariables.FEEDBACK_ID.required(execution), execution.getProcessInstanceId());
    }

    /** The signed-in official completing the task that led here, acting in the group of {@code role}. */
    public Actor actor(BoardRole role) {
        return actors.current(org.group(role));
    }

    /** The signed-in official acting in {@code group} (an agency). */
    public Actor actorIn(String group) {
        return actors.current(group);
    }

    public String group(BoardRole role) {
        return org.group(role);
    }
}
