package vn.angiang.editorial.meeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.MeetingService;

/**
 * {@code meetingRequested} (the start form): checks who convenes (the head; a deputy only under a delegation in
 * force; the secretariat lead at the head's request; Đ15.2, Đ14.3) and opens the record. Refused input rolls the
 * start back: no instance, no record.
 */
@Component("registerMeetingRequest")
public record RegisterMeetingRequest(MeetingService service, MeetingActors actors, MeetingForms forms)
        implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        long id = service.request(actors.starter(), MeetingVariables.request(execution), execution.getProcessInstanceId());
        forms.started(execution, id);
    }
}
