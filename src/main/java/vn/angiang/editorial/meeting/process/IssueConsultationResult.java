package vn.angiang.editorial.meeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.MeetingService;

/** {@code issueConsultationResult}: the result notice (TB) signed by who signed the result, sent to every member (Đ12.1). */
@Component("issueConsultationResult")
public record IssueConsultationResult(MeetingService service, MeetingActors actors) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(MeetingVariables.meetingId(execution), execution.getProcessInstanceId());
        var signer = actors.recordedChair(execution);
        service.concludeConsultation(id, signer, MeetingVariables.RESULT_COMMENT.get(execution));
    }
}
