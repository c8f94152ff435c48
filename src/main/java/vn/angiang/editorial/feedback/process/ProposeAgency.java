package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.AGENCY_GROUP;
import static vn.angiang.editorial.feedback.FeedbackVariables.AREA;
import static vn.angiang.editorial.feedback.FeedbackVariables.AREA_LABEL;
import static vn.angiang.editorial.feedback.FeedbackVariables.CHANNEL_LABEL;
import static vn.angiang.editorial.feedback.FeedbackVariables.CLASSIFICATION;
import static vn.angiang.editorial.feedback.FeedbackVariables.CLASSIFY_DUE;
import static vn.angiang.editorial.feedback.FeedbackVariables.FEEDBACK_CONTENT;
import static vn.angiang.editorial.feedback.FeedbackVariables.ITEM_TITLE;
import static vn.angiang.editorial.feedback.FeedbackVariables.PROPOSED_AGENCY;
import static vn.angiang.editorial.feedback.FeedbackVariables.PROPOSED_AGENCY_LABEL;
import static vn.angiang.editorial.feedback.FeedbackVariables.RECEIVED_AT;
import static vn.angiang.editorial.feedback.FeedbackVariables.SENDER_FIELDS;
import static vn.angiang.editorial.feedback.FeedbackVariables.TOPIC;
import static vn.angiang.editorial.feedback.FeedbackVariables.TOPIC_LABEL;
import static vn.angiang.editorial.feedback.FeedbackVariables.TRACKING_CODE;

import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackVariables;

/**
 * {@code proposeAgency} (after the save point that ends the intake): applies the routing table, sets the
 * forwarding deadline, and puts what officials need to see in the instance (tracking code, subject,
 * content, topic, area, the proposal). The sender's personal data is not among them; and if it was typed
 * into Tasklist's start form, its history entries are erased here.
 */
@Component("proposeAgency")
public record ProposeAgency(FeedbackStep step, FeedbackService service, FeedbackCatalog catalog) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.propose(step.feedbackId(execution));
        TRACKING_CODE.set(execution, f.trackingCode());
        ITEM_TITLE.set(execution, f.subject());
        FEEDBACK_CONTENT.set(execution, f.content());
        TOPIC.set(execution, f.topic());
        TOPIC_LABEL.set(execution, catalog.topicLabel(f.topic()));
        AREA.set(execution, f.area());
        AREA_LABEL.set(execution, catalog.areaLabel(f.area()));
        CHANNEL_LABEL.set(execution, f.channel().label());
        RECEIVED_AT.set(execution, Date.from(f.createdAt().toInstant()));
        CLASSIFY_DUE.set(execution, Date.from(f.classifyDue().toInstant()));
        PROPOSED_AGENCY.set(execution, f.proposedAgency());
        PROPOSED_AGENCY_LABEL.set(execution,
                f.proposedAgency() == null ? "(không có đề xuất)" : catalog.agencyLabel(f.proposedAgency()));
        boolean board = FeedbackCatalog.BOARD.equals(f.proposedAgency());
        AGENCY_GROUP.set(execution, f.proposedAgency() == null || board ? null : f.proposedAgency());
        CLASSIFICATION.set(execution, board ? FeedbackService.ANSWER : FeedbackService.FORWARD);
        forgetSenderFields(execution);
    }

    /** Deletes the history of personal-data variables a start form may have carried (nothing for the web). */
    static void forgetSenderFields(DelegateExecution execution) {
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        CommandContext command = Context.getCommandContext();
        boolean checking = command.isAuthorizationCheckEnabled();
        command.disableAuthorizationCheck();
        try {
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceId(execution.getProcessInstanceId()).includeDeleted()
                    .variableNameIn(FeedbackVariables.names(SENDER_FIELDS).toArray(String[]::new)).list()) {
                history.deleteHistoricVariableInstance(variable.getId());
            }
        } finally {
            if (checking) {
                command.enableAuthorizationCheck();
            }
        }
    }
}
