package vn.angiang.editorial.platform.tasks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.delegation.Delegation;
import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Delegations;
import vn.angiang.editorial.platform.delegation.Delegations.DelegationsChanged;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * The head's own tasks (a {@code delegable} rule) are the head's group's; a deputy head becomes a
 * candidate of such a task only while a delegation of that scope is in force (Đ8.1–8.2), and stops
 * being one when it ends or is revoked.
 * <ul>
 * <li>on {@code create} (the listener {@code ${headTask}} of the task): offers the task to the delegate in
 * force, if any;</li>
 * <li>when a delegation is recorded or revoked, every midnight (delegations start and end by whole days)
 * and on start: brings the candidates of every open head task in line with the delegations of today —
 * a former delegate loses the task (and the claim of it) and the right the engine gave with it.</li>
 * </ul>
 * The completion itself is checked again by the process when the task is completed, so the night's
 * pass is not what keeps a delegation's end.
 */
@Component("headTask")
public class HeadTasks implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(HeadTasks.class);

    private final TaskRules rules;
    private final Delegations delegations;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final OrgDirectory org;
    private final Actors actors;

    public HeadTasks(TaskRules rules, Delegations delegations, TaskService tasks,
            AuthorizationService authorizations, IdentityService identity, OrgDirectory org, Actors actors) {
        this.org = org;
        this.actors = actors;
        this.rules = rules;
        this.delegations = delegations;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegationScope scope = scopeOf(task.getExecution(), task.getTaskDefinitionKey());
        delegations.inForce(scope, delegations.today()).ifPresent(d -> task.addCandidateUser(d.delegateId()));
    }

    /**
     * The person completing {@code task}: the signed-in user (else the assignee), in the task's candidate
     * group they belong to (else {@code groupIfNone}, else their first group), as {@link #actorFor} allows.
     */
    public Actor completing(DelegateTask task, String groupIfNone) {
        String userId = actors.currentUserId().orElse(task.getAssignee());
        if (userId == null) {
            throw InputRefused.of("Không xác định được người xử lý: hãy đăng nhập rồi thực hiện lại.");
        }
        Set<String> memberOf = actors.groupsOf(userId);
        String group = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).filter(memberOf::contains).findFirst()
                .orElse(groupIfNone != null ? groupIfNone : memberOf.stream().sorted().findFirst().orElse(null));
        return actorFor(task, new Actor(userId, group, memberOf, null, null));
    }

    /**
     * Who completes {@code task}, as the rule of a head's task requires: the head acts in person; a deputy
     * head acts for the head only under a delegation of the task's scope in force today, and is recorded
     * so (acting for whom, under which delegation); anyone else is refused. Other tasks: {@code actor}.
     */
    public Actor actorFor(DelegateTask task, Actor actor) {
        Optional<DelegationScope> scope = rules.of(processKey(task.getExecution()), task.getTaskDefinitionKey())
                .delegable();
        if (scope.isEmpty() || actor.memberOf() == null || org.holds(actor.memberOf(), BoardRole.HEAD)) {
            return actor;
        }
        Delegation delegation = delegations.heldBy(actor.userId(), scope.get()).orElseThrow(() -> InputRefused.of(
                "Việc này là của Trưởng ban: Phó Trưởng ban chỉ làm thay khi có ủy quyền «" + scope.get().label()
                        + "» còn hiệu lực hôm nay (Đ8.1 Quy chế). Hãy đề nghị Trưởng ban ghi nhận ủy quyền."));
        // recorded in the office they hold, not in the group the task was offered to (they are a candidate by name)
        String deputyGroup = org.firstOfKind(actor.memberOf(), Set.of(GroupKind.DEPUTY_HEAD)).orElse(actor.group());
        return actor.inGroup(deputyGroup).underDelegation(delegation.delegatorId(), delegation.reference());
    }

    /** The scope of a head task, from its rule; a listener on a task without one is a modelling error. */
    private DelegationScope scopeOf(DelegateExecution execution, String taskKey) {
        return rules.of(processKey(execution), taskKey).delegable().orElseThrow(() -> new IllegalStateException(
                taskKey + " không phải việc của Trưởng ban (không có delegable trong tasks/task-rules.yaml)"));
    }

    /** The key of the process an execution belongs to. */
    public static String processKey(DelegateExecution execution) {
        return ((ExecutionEntity) execution).getProcessDefinition().getKey();
    }

    @EventListener(DelegationsChanged.class)
    public void delegationsChanged() {
        reconcile();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void started() {
        reconcile();
    }

    /** Just after midnight in the board's zone, when delegations begin and end. */
    @Scheduled(cron = "${editorial.tasks.head-tasks-cron:5 0 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void everyNight() {
        reconcile();
    }

    /** Brings the deputy candidates of every open head task in line with today's delegations. */
    public void reconcile() {
        // the application's own work: done with the engine's authorization checks off for this thread,
        // then the caller's authentication is restored
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            for (TaskRule rule : rules.all()) {
                rule.delegable().ifPresent(scope -> {
                    Optional<String> delegate = delegations.inForce(scope, delegations.today())
                            .map(Delegation::delegateId);
                    tasks.createTaskQuery().processDefinitionKey(rule.processKey())
                            .taskDefinitionKey(rule.taskKey()).list()
                            .forEach(task -> align(task, delegate));
                });
            }
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private void align(Task task, Optional<String> delegate) {
        Set<String> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).collect(Collectors.toSet());
        for (String former : candidates) {
            if (delegate.filter(former::equals).isEmpty()) {
                tasks.deleteCandidateUser(task.getId(), former);
                if (former.equals(task.getAssignee())) {
                    tasks.setAssignee(task.getId(), null);
                }
                // the engine leaves the task right it gave the candidate in place (DefaultAuthorizationProvider)
                List<Authorization> granted = authorizations.createAuthorizationQuery().userIdIn(former)
                        .resourceType(Resources.TASK).resourceId(task.getId()).list();
                granted.forEach(a -> authorizations.deleteAuthorization(a.getId()));
                LOG.info("Head task {} ({}) no longer offered to {}: no delegation in force", task.getId(),
                        task.getTaskDefinitionKey(), former);
            }
        }
        delegate.filter(user -> !candidates.contains(user)).ifPresent(user -> tasks.addCandidateUser(task.getId(), user));
    }
}
