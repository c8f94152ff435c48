package vn.angiang.editorial.platform.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Delegations;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;

/** Who hears of an overdue task, and who may take it over, from the task's rule ({@code escalateTo}). */
@Component
public record Escalations(TaskRules rules, Delegations delegations, OrgDirectory org) {

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
