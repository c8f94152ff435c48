package vn.angiang.editorial.meeting.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.MeetingService;

/**
 * {@code sendInvitation}: issues the invitation (GM) signed by whoever approved it, mails it with the .ics
 * event to every member and guest, and opens a reply for every member but the chair.
 */
@Component("sendInvitation")
public record SendInvitation(MeetingService service, MeetingActors actors) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(MeetingVariables.meetingId(execution), execution.getProcessInstanceId());
        var chair = actors.recordedChair(execution);
        MeetingVariables.INVITED_MEMBERS.set(execution, new ArrayList<>(service.invite(id, chair)));
        MeetingVariables.SHORT_NOTICE.set(execution, service.get(id).shortNotice());
    }
}
