package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackService;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * {@code proposeAgency} (after the save point that ends the intake): applies the routing table, sets the
 * forwarding deadline, and puts what officials need to see in the instance (tracking code, subject,
 * content, topic, area, the proposal). The sender's personal data is not among them; and if it was typed
 * into Tasklist's start form, its history entries are erased here.
 */
@Component("proposeAgency")
public class ProposeAgency implements JavaDelegate {

    private final FeedbackService service;
    private final FeedbackCatalog catalog;

    public ProposeAgency(FeedbackService service, FeedbackCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.propose(ProcessVariables.feedbackId(execution, service));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.TRACKING_CODE, f.trackingCode());
        variables.put(ProcessVariables.ITEM_TITLE, f.subject());
        variables.put(ProcessVariables.CONTENT, f.content());
        variables.put("topic", f.topic());
        variables.put("topicLabel", catalog.topicLabel(f.topic()));
        variables.put("area", f.area());
        variables.put("areaLabel", catalog.areaLabel(f.area()));
        variables.put("channelLabel", f.channel().label());
        variables.put("receivedAt", Date.from(f.createdAt().toInstant()));
        variables.put("classifyDue", Date.from(f.classifyDue().toInstant()));
        variables.put("proposedAgency", f.proposedAgency());
        variables.put("proposedAgencyLabel", f.proposedAgency() == null ? "(không có đề xuất)" : catalog.agencyLabel(f.proposedAgency()));
        variables.put(ProcessVariables.AGENCY_GROUP,
                f.proposedAgency() == null || FeedbackCatalog.BOARD.equals(f.proposedAgency()) ? null : f.proposedAgency());
        variables.put("classification", FeedbackCatalog.BOARD.equals(f.proposedAgency()) ? FeedbackService.ANSWER : FeedbackService.FORWARD);
        execution.setVariables(variables);
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
                    .variableNameIn(ProcessVariables.SENDER_FIELDS.toArray(String[]::new)).list()) {
                history.deleteHistoricVariableInstance(variable.getId());
            }
        } finally {
            if (checking) {
                command.enableAuthorizationCheck();
            }
        }
    }
}
