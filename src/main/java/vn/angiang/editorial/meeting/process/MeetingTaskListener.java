package vn.angiang.editorial.meeting.process;

import static vn.angiang.editorial.meeting.process.MeetingVariables.CHAIR_ACTING_FOR;
import static vn.angiang.editorial.meeting.process.MeetingVariables.CHAIR_DELEGATION;
import static vn.angiang.editorial.meeting.process.MeetingVariables.CHAIR_GROUP;
import static vn.angiang.editorial.meeting.process.MeetingVariables.CHAIR_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.FollowUp;
import vn.angiang.editorial.meeting.MeetingService;
import vn.angiang.editorial.meeting.MeetingOutcome;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.process.ProcessVariable;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * On every user task of meeting-convocation ({@code ${meetingTask}} on create and complete).
 * <ul>
 * <li>{@code create}: clears the step's answer so nothing is pre-selected; a task of which several run at once
 * (a member's contribution, reply, follow-up) keeps its answer on the task itself, so members answering at the
 * same moment never write the same variable; pre-fills the record and the minutes from the tables.</li>
 * <li>{@code complete}: hands the answer to {@link MeetingService}, which checks it and records who did what in
 * the trail; refused input throws, the task stays open and nothing changes.</li>
 * </ul>
 */
@Component("meetingTask")
public record MeetingTaskListener(MeetingService service, MeetingActors actors, MeetingForms forms)
        implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        long id = service.bound(MeetingVariables.meetingId(task), task.getProcessInstanceId());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task, id);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task, id);
        }
    }

    private void created(DelegateTask task, long id) {
        switch (task.getTaskDefinitionKey()) {
            case "contributeToAgenda" -> local(task, MeetingVariables.CONTRIBUTION, MeetingVariables.CONTRIBUTION_LINK);
            case "replyToInvitation" -> local(task, MeetingVariables.REPLY, MeetingVariables.PROXY_NAME,
                    MeetingVariables.PROXY_POSITION, MeetingVariables.PROXY_UNIT, MeetingVariables.REPLY_NOTE);
            case "approveInvitation" -> clear(task, MeetingVariables.INVITATION_DECISION,
                    MeetingVariables.INVITATION_COMMENT);
            case "recordMeeting" -> forms.toRecord(task.getExecution(), id);
            case "approveMinutes" -> {
                clear(task, MeetingVariables.MINUTES_DECISION, MeetingVariables.MINUTES_COMMENT);
                forms.toApprove(task.getExecution(), id);
            }
            case "answerConsultation" -> local(task, MeetingVariables.OPINION, MeetingVariables.OPINION_COMMENT);
            case "signConsultationResult" -> {
                clear(task, MeetingVariables.RESULT_COMMENT);
                forms.tallied(task.getExecution(), id);
            }
            case "carryOutFollowUp" -> {
                FollowUp followUp = service.followUp(id, MeetingVariables.FOLLOW_UP.required(task));
                local(task, MeetingVariables.FOLLOW_UP_REPORT);
                task.setVariableLocal(MeetingVariables.FOLLOW_UP_TEXT.name(), followUp.description());
            }
            default -> {
                // draftAgenda, prepareDocuments: the form shows what the record holds
            }
        }
    }

    private void completed(DelegateTask task, long id) {
        Actor actor = actors.forTask(task);
        String taskId = task.getId();
        switch (task.getTaskDefinitionKey()) {
            case "draftAgenda" -> forms.planned(task.getExecution(),
                    service.planAgenda(id, actor, MeetingVariables.agenda(task), taskId));
            case "prepareDocuments" -> service.addDocuments(id, actor, MeetingVariables.documents(task),
                    MeetingVariables.DOCUMENTS_NOTE.text(task), taskId);
            case "contributeToAgenda" -> service.contribute(id, actor, MeetingVariables.CONTRIBUTOR_GROUP.required(task),
                    MeetingVariables.CONTRIBUTION.text(task), MeetingVariables.CONTRIBUTION_LINK.text(task), taskId);
            case "approveInvitation" -> {
                MeetingOutcome outcome = outcome(MeetingVariables.INVITATION_DECISION.text(task), "invitationDecision");
                service.decideInvitation(id, actor, outcome, MeetingVariables.INVITATION_COMMENT.text(task), taskId);
                chair(task, actor);
            }
            case "replyToInvitation" -> service.reply(id, task.getAssignee(), actor, MeetingVariables.answer(task),
                    taskId);
            case "recordMeeting" -> service.recordHeld(id, actor, MeetingVariables.held(task), taskId);
            case "approveMinutes" -> {
                MeetingOutcome outcome = outcome(MeetingVariables.MINUTES_DECISION.text(task), "minutesDecision");
                service.decideMinutes(id, actor, outcome, MeetingVariables.MINUTES_COMMENT.text(task), taskId);
                chair(task, actor);
            }
            case "draftConsultation" -> {
                List<String> members = service.consult(id, actor, MeetingVariables.QUESTION.text(task),
                        MeetingVariables.REASON.text(task), MeetingVariables.CONSULTATION_LINK.text(task),
                        MeetingVariables.answersDue(task), taskId);
                forms.consulting(task.getExecution(), service.get(id), members);
            }
            case "answerConsultation" -> service.answer(id, task.getAssignee(), actor, MeetingVariables.opinion(task),
                    MeetingVariables.OPINION_COMMENT.text(task), taskId);
            case "signConsultationResult" -> chair(task, actor);
            case "carryOutFollowUp" -> service.followUpDone(id, MeetingVariables.FOLLOW_UP.required(task), actor,
                    MeetingVariables.FOLLOW_UP_REPORT.text(task), taskId);
            default -> throw new IllegalStateException("meetingTask trên công việc lạ: " + task.getTaskDefinitionKey());
        }
    }

    /** Who approved convenes, chairs and signs (Đ14.3): kept for the service task that issues the paper. */
    private static void chair(DelegateTask task, Actor actor) {
        CHAIR_ID.set(task.getExecution(), actor.userId());
        CHAIR_GROUP.set(task.getExecution(), actor.group());
        CHAIR_ACTING_FOR.set(task.getExecution(), actor.actingFor());
        CHAIR_DELEGATION.set(task.getExecution(), actor.delegation());
    }

    private static MeetingOutcome outcome(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Coded.byCode(MeetingOutcome.class, code).orElseThrow(() -> new InputRefused(field, "Lựa chọn không hợp lệ."));
    }

    private static void local(DelegateTask task, ProcessVariable<?>... variables) {
        for (ProcessVariable<?> variable : variables) {
            task.setVariableLocal(variable.name(), null);
        }
    }

    private static void clear(DelegateTask task, ProcessVariable<?>... variables) {
        List.of(variables).forEach(v -> task.getExecution().removeVariable(v.name()));
    }
}
