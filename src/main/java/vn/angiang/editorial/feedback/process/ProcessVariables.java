package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.Actor;
import vn.angiang.editorial.feedback.FeedbackEvent;
import vn.angiang.editorial.feedback.FeedbackService;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Names of the process variables of {@code feedback-handling} and helpers for the delegates. */
public final class ProcessVariables {

    public static final String PROCESS_KEY = "feedback-handling";

    public static final String FEEDBACK_ID = "feedbackId";
    public static final String TRACKING_CODE = "trackingCode";
    public static final String ITEM_TITLE = "itemTitle";
    public static final String CONTENT = "feedbackContent";
    public static final String CHANNEL = "channel";
    public static final String AGENCY_GROUP = "agencyGroup";

    /** The start form's fields that carry the sender's personal data: never kept in the engine. */
    public static final List<String> SENDER_FIELDS = List.of("senderName", "senderAddress", "senderPhone", "senderEmail");
    /** Every field of the start form: replaced by the record once it is stored. */
    public static final List<String> START_FORM_FIELDS = List.of("senderName", "senderAddress", "senderPhone", "senderEmail",
            "subject", "content", "topic", "area", "channel");

    private ProcessVariables() {
    }

    /** The feedback id the instance carries, unchecked: delegates use {@link #feedbackId(DelegateExecution, FeedbackService)}. */
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

    /**
     * The person who completed the task that led here (REST and Tasklist authenticate every call), with
     * their groups, so the service can check they may act for {@code group}.
     */
    static Actor actor(DelegateExecution execution, String group) {
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return new Actor(FeedbackEvent.SYSTEM, group);
        }
        List<String> groups = authentication.getGroupIds();
        if (groups == null) {
            groups = identity.createGroupQuery().groupMember(authentication.getUserId()).list().stream()
                    .map(Group::getId).toList();
        }
        return new Actor(authentication.getUserId(), group, Set.copyOf(groups));
    }

    /** The feedback this instance handles, checked against the record (see {@link FeedbackService#bound}). */
    static long feedbackId(DelegateExecution execution, FeedbackService service) {
        return service.bound(feedbackId(execution), execution.getProcessInstanceId());
    }
}
