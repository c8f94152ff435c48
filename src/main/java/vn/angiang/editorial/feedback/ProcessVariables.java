package vn.angiang.editorial.feedback;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Names of the process variables of {@code feedback-handling} and helpers for the delegates. */
final class ProcessVariables {

    static final String PROCESS_KEY = "feedback-handling";

    static final String FEEDBACK_ID = "feedbackId";
    static final String TRACKING_CODE = "trackingCode";
    static final String ITEM_TITLE = "itemTitle";
    static final String CONTENT = "feedbackContent";
    static final String CHANNEL = "channel";
    static final String AGENCY_GROUP = "agencyGroup";

    /** The start form's fields that carry the sender's personal data: never kept in the engine. */
    static final List<String> SENDER_FIELDS = List.of("senderName", "senderAddress", "senderPhone", "senderEmail");
    /** Every field of the start form: replaced by the record once it is stored. */
    static final List<String> START_FORM_FIELDS = List.of("senderName", "senderAddress", "senderPhone", "senderEmail",
            "subject", "content", "topic", "area", "channel");

    private ProcessVariables() {
    }

    static long feedbackId(DelegateExecution execution) {
        Object id = execution.getVariable(FEEDBACK_ID);
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("Hồ sơ " + execution.getProcessInstanceId() + " không có biến feedbackId");
        }
        return number.longValue();
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** The person who completed the task that led here (REST and Tasklist authenticate every call). */
    static Actor actor(DelegateExecution execution, String group) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = authentication == null || authentication.getUserId() == null ? FeedbackEvent.SYSTEM : authentication.getUserId();
        return new Actor(user, group);
    }
}
