package vn.angiang.editorial.meeting.process;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.tasks.HeadTasks;
import vn.angiang.editorial.platform.validation.InputRefused;

/** Who completes a task of meeting-convocation: the signed-in user, in the candidate group they belong to. */
@Component
public class MeetingActors {

    private final Actors actors;
    private final HeadTasks headTasks;

    public MeetingActors(Actors actors, HeadTasks headTasks) {
        this.actors = actors;
        this.headTasks = headTasks;
    }

    /** At a head's task a deputy acts for the head only under a delegation in force ({@link HeadTasks#actorFor}). */
    public Actor forTask(DelegateTask task) {
        String userId = actors.currentUserId().orElse(task.getAssignee());
        if (userId == null) {
            throw InputRefused.of("Không xác định được người xử lý: hãy đăng nhập rồi thực hiện lại.");
        }
        List<String> candidateGroups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        Set<String> memberOf = actors.groupsOf(userId);
        String group = candidateGroups.stream().filter(memberOf::contains).findFirst()
                .orElse(memberOf.stream().sorted().findFirst().orElse(null));
        return headTasks.actorFor(task, new Actor(userId, group, memberOf, null, null));
    }

    /** The one who started the instance, signed in (never a variable a client sent). */
    public Actor starter() {
        return actors.signedIn().orElseThrow(() -> InputRefused.of("Hãy đăng nhập để triệu tập cuộc họp."));
    }

    /** The chair as recorded when the invitation or the minutes were approved. */
    public Actor chair(String userId, String group, String actingFor, String delegation) {
        return new Actor(userId, group, actors.groupsOf(userId), actingFor, delegation);
    }
}
