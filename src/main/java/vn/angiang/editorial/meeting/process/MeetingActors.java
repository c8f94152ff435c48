package vn.angiang.editorial.meeting.process;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.tasks.HeadTasks;
import vn.angiang.editorial.platform.validation.InputRefused;

/** Who completes a task of meeting-convocation: the signed-in user, in the candidate group they belong to. */
@Component
public record MeetingActors(Actors actors, HeadTasks headTasks) {

    /** At a head's task a deputy acts for the head only under a delegation in force ({@link HeadTasks#actorFor}). */
    public Actor forTask(DelegateTask task) {
        return headTasks.completing(task, null);
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
