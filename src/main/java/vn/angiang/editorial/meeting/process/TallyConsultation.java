package vn.angiang.editorial.meeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.MeetingService;

/** {@code tallyConsultation}: every member answered, or the deadline closed the rest; the answers are counted (Đ14.1). */
@Component("tallyConsultation")
public record TallyConsultation(MeetingService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(MeetingVariables.meetingId(execution), execution.getProcessInstanceId());
        service.tally(id);
    }
}
