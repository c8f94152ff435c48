package vn.angiang.editorial.platform.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Delegations;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;

/** Who hears of an overdue task, and who may take it over, from the task's rule ({@code escalateTo}). */
@Component
public record Escalations(TaskRules rules, Delegations delegations, OrgDirectory org, TaskService tasks) {

    /** An overdue task rises to the top of the lists (quy định nội bộ). */
    public static final int ESCALATED_PRIORITY = 80;

    /**
     * The escalation of an overdue task.
     *
     * @param groups     groups whose members are told
     * @param users      people told by name (the delegate in force)
     * @param takeOver   groups that become candidates of the task, to urge it on or hand it to someone else
     *                   (an office named by the rule; never for a head's task, which stays the head's)
     * @param told       whom, in words, for the audit trail and the mail
     */
    public record Escalation(Set<String> groups, Set<String> users, Set<String> takeOver, String told) {
    }

    /**
     * Applies an escalation to the task: the task stays where it is (the timer does not interrupt it), the
     * offices the rule names become its candidates, and it rises to {@link #ESCALATED_PRIORITY}.
     */
    public void raise(Task task, Escalation escalation) {
        Set<String> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        escalation.takeOver().stream().filter(group -> !candidates.contains(group))
                .forEach(group -> tasks.addCandidateGroup(task.getId(), group));
        tasks.setPriority(task.getId(), Math.max(task.getPriority(), ESCALATED_PRIORITY));
    }

    public Escalation of(String processKey, String taskKey) {
        TaskRule rule = rules.of(processKey, taskKey);
        Set<String> groups = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        Set<String> takeOver = new LinkedHashSet<>();
        List<String> told = new ArrayList<>();
        for (EscalationTarget target : rule.escalateTo()) {
            if (target.role().isPresent()) {
                String group = org.group(target.role().get());
                groups.add(group);
                takeOver.add(group);
                told.add(org.name(group).orElse(group));
                continue;
            }
            DelegationScope scope = rule.delegable().orElseThrow(() -> new IllegalStateException(
                    processKey + "/" + taskKey + ": HEAD_DELEGATE chỉ dùng cho việc của Trưởng ban (delegable)"));
            delegations.inForce(scope, delegations.today()).ifPresentOrElse(delegation -> {
                users.add(delegation.delegateId());
                told.add(delegation.delegateId() + " (được Trưởng ban ủy quyền, " + delegation.reference() + ")");
            }, () -> {
                for (BoardRole role : List.of(BoardRole.HEAD, BoardRole.SECRETARIAT_LEAD)) {
                    String group = org.group(role);
                    groups.add(group);
                    told.add(org.name(group).orElse(group));
                }
            });
        }
        return new Escalation(groups, users, takeOver, String.join(", ", told));
    }
}
