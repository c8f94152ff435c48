package vn.angiang.editorial.meeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.MeetingService;

/** {@code flagMissingReplies}: the reply deadline passed; members who did not reply are recorded and the secretariat told. */
@Component("flagMissingReplies")
public record FlagMissingReplies(MeetingService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(MeetingVariables.meetingId(execution), execution.getProcessInstanceId());
        service.flagMissingReplies(id);
    }
}
