package vn.angiang.editorial.content.process;

import vn.angiang.editorial.content.ContentNotices;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.content.Outcome;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;

/**
 * The escalation end events ({@code vetEscalated}, ...): the step is overdue. The task stays where it
 * is (the timer does not interrupt it), but the deputy head in charge of the portal's operation
 * (Đ8.1, Đ8.3) is told, may see and reassign it (his group becomes a candidate), and it rises to the
 * top of the lists (priority); the escalation is recorded in the trail.
 */
@Component("escalateOverdueTask")
public class EscalateOverdueTask implements JavaDelegate {

    public static final int ESCALATED_PRIORITY = 80;

    private final ContentService service;
    private final TaskService tasks;
    private final ContentNotices notices;
    private final OrgDirectory org;

    public EscalateOverdueTask(ContentService service, TaskService tasks, ContentNotices notices, OrgDirectory org) {
        this.service = service;
        this.tasks = tasks;
        this.notices = notices;
        this.org = org;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        // the deputy head in charge of the portal (Đ8.1, Đ8.3)
        String escalationGroup = org.group(BoardRole.DEPUTY_HEAD_ICT);
        DeadlineEvents.timedTask(execution, tasks).ifPresent(task -> {
            boolean alreadyCandidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                            && escalationGroup.equals(link.getGroupId()));
            if (!alreadyCandidate) {
                tasks.addCandidateGroup(task.getId(), escalationGroup);
            }
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), ESCALATED_PRIORITY));
            String due = task.getDueDate() == null ? "" : SendTaskReminder.DUE.format(task.getDueDate().toInstant());
            service.recordDeadlineEvent(id, task.getTaskDefinitionKey(), task.getId(), Outcome.ESCALATE,
                    "«" + task.getName() + "» quá hạn từ " + due + "; báo Phó Trưởng ban (" + escalationGroup + ")");
            notices.escalation(task, service.get(id), due, escalationGroup);
        });
    }
}
