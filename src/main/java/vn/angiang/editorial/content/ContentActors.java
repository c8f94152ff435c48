package vn.angiang.editorial.content;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.security.AuthorizationTable;
import vn.angiang.editorial.platform.tasks.HeadTasks;
import vn.angiang.editorial.platform.validation.InputRefused;

/** Who is acting in content approval, in which role, and for whom (Đ8.1–8.2: a deputy acting for the head). */
@Component
public record ContentActors(Actors actors, OrgDirectory org, HeadTasks headTasks) {

    /** The authenticated user, if any. */
    public Optional<String> currentUser() {
        return actors.currentUserId();
    }

    /**
     * The person completing a task: the authenticated user (else the assignee); their role is the
     * task's candidate group they belong to; at the head's step, a deputy acts for the head only under a
     * delegation in force ({@link HeadTasks#actorFor}).
     */
    public Actor forTask(DelegateTask task, Stage stage, String submitterGroup) {
        return headTasks.completing(task, stage == Stage.REVISE ? submitterGroup : null);
    }

    /** The group a submitter sends for: an agency, a commune, the collaborators, the IT center, the board or its secretariat. */
    public String submitterGroup(String userId) {
        Set<String> groups = actors.groupsOf(userId);
        return org.firstOfKind(groups, AuthorizationTable.CONTENT_SUBMITTERS)
                .orElse(groups.stream().sorted().findFirst().orElse(null));
    }

    /**
     * The group of a person who may send a submission on paper (an agency, a commune or the
     * collaborators), or null when there is no such user.
     */
    public String paperSenderGroup(String userId) {
        return org.firstOfKind(actors.groupsOf(userId), OrgDirectory.SENDERS).orElse(null);
    }

    /** Whether the group is an agency or a commune, whose name stands as the source of what it sends. */
    public boolean isAgency(String groupId) {
        return org.kind(groupId).filter(GroupKind.AGENCY::equals).isPresent();
    }

    /** The official entering a paper submission, in the IT center's role when they belong to it. */
    public Actor clerk(String userId) {
        Set<String> memberOf = actors.groupsOf(userId);
        String itCenter = org.group(BoardRole.IT_CENTER);
        return new Actor(userId, memberOf.contains(itCenter) ? itCenter : null, memberOf, null, null);
    }

    /** The display name of a group, for the source agency when the submitter gave none. */
    public Optional<String> groupName(String groupId) {
        return actors.groupName(groupId);
    }
}
