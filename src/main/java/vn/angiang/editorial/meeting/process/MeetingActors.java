package vn.angiang.editorial.meeting.process;


import org.camunda.bpm.engine.delegate.DelegateExecution;
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

    /** The chair (or the signer of a consultation's result) as recorded when the invitation or the minutes were approved. */
    public Actor recordedChair(DelegateExecution execution) {
        String userId = MeetingVariables.CHAIR_ID.required(execution);
        return new Actor(userId, MeetingVariables.CHAIR_GROUP.get(execution), actors.groupsOf(userId),
                MeetingVariables.CHAIR_ACTING_FOR.get(execution), MeetingVariables.CHAIR_DELEGATION.get(execution));
    }
}
