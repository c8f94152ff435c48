package vn.angiang.editorial.meeting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code startRegularMeeting} (process meeting-half-year, Đ15.2): opens the half-year's regular meeting, a new
 * instance of meeting-convocation started at its message start event {@code halfYearStarted}.
 */
@Component("startRegularMeeting")
public class StartRegularMeeting implements JavaDelegate {

    public static final String MESSAGE = "regularMeetingDue";

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE)
                .correlateStartMessage();
    }
}
