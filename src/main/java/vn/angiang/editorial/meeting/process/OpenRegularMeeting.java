package vn.angiang.editorial.meeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.MeetingService;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * {@code halfYearStarted} (the half-year's message from meeting-half-year, Đ15.2): opens the regular meeting's
 * record. Only the application's own timer sends it: a signed-in person who sends the message is refused (they
 * convene through the start form, whose checks apply).
 */
@Component("openRegularMeeting")
public record OpenRegularMeeting(MeetingService service, MeetingForms forms, Actors actors) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (actors.signedIn().isPresent()) {
            throw InputRefused.of("Kỳ họp thường kỳ được mở tự động đầu mỗi 6 tháng; hãy dùng biểu mẫu «Đề nghị triệu "
                    + "tập cuộc họp».");
        }
        long id = service.openRegular(execution.getProcessInstanceId());
        forms.started(execution, id);
    }
}
