package vn.angiang.editorial.feedback;

import static vn.angiang.editorial.platform.process.ProcessVariable.date;
import static vn.angiang.editorial.platform.process.ProcessVariable.longValue;
import static vn.angiang.editorial.platform.process.ProcessVariable.string;

import java.util.Date;
import java.util.List;

import vn.angiang.editorial.platform.process.ProcessVariable;

/**
 * The process variables of {@code feedback-handling}, each with its type: the delegates, the forms
 * ({@code forms/feedback-*.form}) and the model's expressions use these names and no others. The record
 * (table {@code feedback}) is the truth; the variables show it to the forms and steer the gateways.
 */
public final class FeedbackVariables {

    public static final String PROCESS_KEY = "feedback-handling";

    // the record the instance handles
    public static final ProcessVariable<Long> FEEDBACK_ID = longValue("feedbackId");
    public static final ProcessVariable<String> TRACKING_CODE = string("trackingCode");

    // the intake form of an official (paper, phone, e-mail): replaced by the record once it is stored
    public static final ProcessVariable<String> CHANNEL = string("channel");
    public static final ProcessVariable<String> SENDER_NAME = string("senderName");
    public static final ProcessVariable<String> SENDER_ADDRESS = string("senderAddress");
    public static final ProcessVariable<String> SENDER_PHONE = string("senderPhone");
    public static final ProcessVariable<String> SENDER_EMAIL = string("senderEmail");
    public static final ProcessVariable<String> SUBJECT = string("subject");
    public static final ProcessVariable<String> CONTENT = string("content");
    public static final ProcessVariable<String> TOPIC = string("topic");
    public static final ProcessVariable<String> AREA = string("area");

    // what the forms show (read-only)
    public static final ProcessVariable<String> ITEM_TITLE = string("itemTitle");
    public static final ProcessVariable<String> FEEDBACK_CONTENT = string("feedbackContent");
    public static final ProcessVariable<String> TOPIC_LABEL = string("topicLabel");
    public static final ProcessVariable<String> AREA_LABEL = string("areaLabel");
    public static final ProcessVariable<String> CHANNEL_LABEL = string("channelLabel");
    public static final ProcessVariable<Date> RECEIVED_AT = date("receivedAt");
    public static final ProcessVariable<String> PROPOSED_AGENCY = string("proposedAgency");
    public static final ProcessVariable<String> PROPOSED_AGENCY_LABEL = string("proposedAgencyLabel");
    public static final ProcessVariable<String> AGENCY_LABEL = string("agencyLabel");
    public static final ProcessVariable<String> RETURN_REASON = string("returnReason");
    public static final ProcessVariable<String> ANSWER_TEXT = string("answerText");
    public static final ProcessVariable<String> ANSWERED_BY_LABEL = string("answeredByLabel");

    // deadlines and timers of the model
    public static final ProcessVariable<Date> CLASSIFY_DUE = date("classifyDue");
    public static final ProcessVariable<Date> ANSWER_DUE = date("answerDue");
    public static final ProcessVariable<Date> PUBLISH_DUE = date("publishDue");
    public static final ProcessVariable<Date> PUBLISHED_AT = date("publishedAt");
    /** the progress reminders' ISO 8601 cycle, e.g. {@code R/P7D} */
    public static final ProcessVariable<String> PROGRESS_CYCLE = string("progressCycle");

    // the IT center's classification (Đ11.1)
    public static final ProcessVariable<String> CLASSIFICATION = string("classification");
    public static final ProcessVariable<String> AGENCY_GROUP = string("agencyGroup");
    public static final ProcessVariable<String> REJECTION_REASON = string("rejectionReason");
    public static final ProcessVariable<String> BOARD_ANSWER = string("boardAnswer");
    public static final ProcessVariable<String> HANDLED_BY = string("handledBy");

    // the agency's answer (Đ5.4)
    public static final ProcessVariable<String> AGENCY_RESPONSE = string("agencyResponse");
    public static final ProcessVariable<String> AGENCY_ANSWER = string("agencyAnswer");

    // a board member's review
    public static final ProcessVariable<String> REVIEW_DECISION = string("reviewDecision");
    public static final ProcessVariable<String> REVIEW_COMMENT = string("reviewComment");
    public static final ProcessVariable<String> PUBLIC_QUESTION = string("publicQuestion");
    public static final ProcessVariable<String> PUBLIC_ANSWER = string("publicAnswer");

    // the head's (or a delegate's) approval of the forwarding (Đ5.4, Đ14.3), and the slip it issues
    public static final ProcessVariable<String> FORWARD_DECISION = string("forwardDecision");
    public static final ProcessVariable<String> FORWARD_COMMENT = string("forwardComment");
    /** "Số: 3/PC-BBT", and where officials open the slip */
    public static final ProcessVariable<String> FORWARDING_SLIP = string("forwardingSlip");
    public static final ProcessVariable<String> FORWARDING_SLIP_URL = string("forwardingSlipUrl");

    /** The start form's fields that carry the sender's personal data: never kept in the engine's history. */
    public static final List<ProcessVariable<String>> SENDER_FIELDS = List.of(SENDER_NAME, SENDER_ADDRESS, SENDER_PHONE,
            SENDER_EMAIL);
    /** Every field of the intake form: replaced by the record once it is stored. */
    public static final List<ProcessVariable<String>> START_FORM_FIELDS = List.of(SENDER_NAME, SENDER_ADDRESS,
            SENDER_PHONE, SENDER_EMAIL, SUBJECT, CONTENT, TOPIC, AREA, CHANNEL);

    private FeedbackVariables() {
    }

    public static List<String> names(List<? extends ProcessVariable<?>> variables) {
        return variables.stream().map(ProcessVariable::name).toList();
    }
}
