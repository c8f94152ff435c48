package vn.angiang.editorial.meeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.MeetingService;

/** {@code halfYearStarted} (the half-year timer, Đ15.2): opens the regular meeting's record. */
@Component("openRegularMeeting")
public record OpenRegularMeeting(MeetingService service, MeetingForms forms) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        long id = service.openRegular(execution.getProcessInstanceId());
        forms.started(execution, id);
    }
}
