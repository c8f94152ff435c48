package vn.angiang.editorial.platform.tasks;

import java.util.List;
import java.util.Optional;

import vn.angiang.editorial.platform.delegation.DelegationScope;

/**
 * The rules of one user task kept as data ({@code tasks/task-rules.yaml}).
 *
 * @param deadlineSource where its time limit comes from (an article, a decree, or "quy định nội bộ")
 * @param remindBefore   working days before the due date when the reminder goes out, if the task has one
 * @param escalateTo     who is told when it is overdue (see {@link EscalationTarget})
 * @param delegable      for the head's own task, the scope of a delegation that lets a deputy do it
 */
public record TaskRule(String processKey, String taskKey, String deadlineSource, Integer remindBefore,
        List<EscalationTarget> escalateTo, Optional<DelegationScope> delegable) {

    public TaskRule {
        escalateTo = List.copyOf(escalateTo);
    }
}
