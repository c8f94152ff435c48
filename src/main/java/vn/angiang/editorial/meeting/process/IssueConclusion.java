package vn.angiang.editorial.meeting.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.MeetingService;

/**
 * {@code issueConclusion}: the conclusion notice (TB), signed by the chair who approved the minutes, sent to
 * every member (Đ12.1); its follow-up work becomes tasks.
 */
@Component("issueConclusion")
public record IssueConclusion(MeetingService service, MeetingActors actors) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(MeetingVariables.meetingId(execution), execution.getProcessInstanceId());
        var chair = actors.recordedChair(execution);
        MeetingVariables.FOLLOW_UPS.set(execution, new ArrayList<>(service.conclude(id, chair)));
    }
}
