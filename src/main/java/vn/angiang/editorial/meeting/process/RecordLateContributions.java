package vn.angiang.editorial.meeting.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.Material;
import vn.angiang.editorial.meeting.MeetingService;

/**
 * {@code recordLateContributions}: the contributions deadline passed (the timer closed the members' open
 * tasks): who did not contribute is recorded and the secretariat lead told; the preparation goes on.
 */
@Component("recordLateContributions")
public record RecordLateContributions(MeetingService service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(MeetingVariables.meetingId(execution), execution.getProcessInstanceId());
        List<String> contributed = service.materials(id).stream()
                .filter(m -> Material.CONTRIBUTION.equals(m.kind()) && !m.late()).map(Material::groupId).toList();
        List<String> missing = MeetingVariables.plainList(execution, MeetingVariables.CONTRIBUTOR_GROUPS).stream()
                .map(String::valueOf).filter(group -> !contributed.contains(group)).distinct().toList();
        service.contributionsLate(id, missing);
    }
}
