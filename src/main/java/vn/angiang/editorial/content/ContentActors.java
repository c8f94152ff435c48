package vn.angiang.editorial.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** Who is acting, in which role, and for whom (Đ8.1–8.2: a deputy acting for the head). */
@Component
public class ContentActors {

    public static final String BOARD_HEAD = "board-head";

    private final IdentityService identity;

    public ContentActors(IdentityService identity) {
        this.identity = identity;
    }

    /** The authenticated user, if any. */
    public Optional<String> currentUser() {
        return Optional.ofNullable(identity.getCurrentAuthentication()).map(Authentication::getUserId);
    }

    /**
     * The person completing a task: the authenticated user (else the assignee); their role is the
     * task's candidate group they belong to; at the head's step, anyone but the head acts for the head.
     */
    public Actor forTask(DelegateTask task, Stage stage, String submitterGroup) {
        String userId = currentUser().orElse(task.getAssignee());
        if (userId == null) {
            throw new ContentValidationException("Không xác định được người xử lý: hãy đăng nhập rồi thực hiện lại.");
        }
        List<String> candidateGroups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        Set<String> memberOf = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        String role = candidateGroups.stream().filter(memberOf::contains).findFirst()
                .orElse(stage == Stage.REVISE ? submitterGroup : memberOf.stream().sorted().findFirst().orElse(null));
        String actingFor = null;
        if (stage == Stage.HEAD_APPROVAL && !memberOf.contains(BOARD_HEAD)) {
            actingFor = identity.createUserQuery().memberOfGroup(BOARD_HEAD).list().stream().map(User::getId)
                    .sorted().collect(Collectors.joining(","));
            if (actingFor.isEmpty()) {
                actingFor = BOARD_HEAD;
            }
        }
        return new Actor(userId, role, actingFor);
    }

    /** The group a submitter sends for: an agency, a commune, the collaborators or the IT center. */
    public String submitterGroup(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .sorted().toList();
        return groups.stream()
                .filter(g -> g.startsWith("agency-") || g.startsWith("commune-") || g.equals("collaborators")
                        || g.equals("it-center"))
                .findFirst().orElse(groups.isEmpty() ? null : groups.get(0));
    }

    /**
     * The group of a person who may send a submission on paper (an agency, a commune or the
     * collaborators), or null when there is no such user.
     */
    public String paperSenderGroup(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).sorted()
                .filter(g -> g.startsWith("agency-") || g.startsWith("commune-") || g.equals("collaborators"))
                .findFirst().orElse(null);
    }

    /** The official entering a paper submission, in the IT center's role when they belong to it. */
    public Actor clerk(String userId) {
        boolean itCenter = identity.createGroupQuery().groupMember(userId).groupId(ContentService.IT_CENTER)
                .count() > 0;
        return new Actor(userId, itCenter ? ContentService.IT_CENTER : null, null);
    }

    /** The display name of a group, for the source agency when the submitter gave none. */
    public Optional<String> groupName(String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.createGroupQuery().groupId(groupId).singleResult()).map(Group::getName);
    }
}
