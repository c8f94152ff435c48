package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.platform.process.ProcessVariable.bool;
import static vn.angiang.editorial.platform.process.ProcessVariable.date;
import static vn.angiang.editorial.platform.process.ProcessVariable.longValue;
import static vn.angiang.editorial.platform.process.ProcessVariable.raw;
import static vn.angiang.editorial.platform.process.ProcessVariable.string;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.angiang.editorial.platform.process.ProcessVariable;
import vn.angiang.editorial.platform.validation.InputRefused;

/** The process variables of royalty-payout, each with its type, and how the forms' lists are read and written. */
public final class RoyaltyVariables {

    // the start form (Tasklist or REST)
    /** yyyy-MM: the month whose published works the statement pays */
    public static final ProcessVariable<String> ROYALTY_MONTH = string("royaltyMonth");
    /** a StatementKind code: regular (the month's statement, the default) or supplementary */
    public static final ProcessVariable<String> ROYALTY_KIND = string("royaltyKind");

    // set by the process
    /** false when the monthly timer fired on a day that is not the month's first working day */
    public static final ProcessVariable<Boolean> ROYALTY_DUE = bool("royaltyDue");
    public static final ProcessVariable<Long> STATEMENT_ID = longValue("statementId");
    /** "11/2026", shown on the tasks */
    public static final ProcessVariable<String> MONTH_LABEL = string("monthLabel");
    public static final ProcessVariable<Long> WORKS_COUNT = longValue("worksCount");
    /** the element variable of proposeCoefficients: the group of the member owning one field */
    public static final ProcessVariable<String> FIELD_GROUP = string("fieldGroup");
    public static final ProcessVariable<Date> PROPOSE_DUE = date("proposeDue");
    public static final ProcessVariable<Date> SCORE_DUE = date("scoreDue");
    public static final ProcessVariable<Date> APPROVE_DUE = date("approveDue");
    /** when the head and the IT center are warned that the earliest work's royalty falls due (60 days) */
    public static final ProcessVariable<Date> PAYMENT_WARNING = date("paymentWarning");
    /** the 60th day of the earliest work of the statement: the due date of recordPayment */
    public static final ProcessVariable<Date> PAYMENT_DUE_AT = date("paymentDueAt");
    /** when an unpaid statement is escalated to the head, a few working days before {@link #PAYMENT_DUE_AT} */
    public static final ProcessVariable<Date> PAYMENT_ESCALATION = date("paymentEscalation");
    /** the 60th day of the earliest work of the statement, "dd/MM/yyyy" */
    public static final ProcessVariable<String> PAYMENT_DUE = string("paymentDue");
    /** "1.234.000 đồng (Một triệu…)", shown to the approver */
    public static final ProcessVariable<String> STATEMENT_TOTAL = string("statementTotal");
    /** what the head wrote when returning the statement, shown to the IT center */
    public static final ProcessVariable<String> RETURN_COMMENT = string("returnComment");
    /** the number and symbol of the issued statement: "3/BK-BBT" */
    public static final ProcessVariable<String> STATEMENT_PAPER = string("statementPaper");
    public static final ProcessVariable<String> STATEMENT_PAPER_URL = string("statementPaperUrl");
    /** where the IT center downloads the statement's payment list: /api/royalties/2026-11/payment-list.xlsx?statement=7 */
    public static final ProcessVariable<String> PAYMENT_LIST_URL = string("paymentListUrl");

    // the task forms
    /** Json list of RoyaltyInputs.Proposal, task-local on each proposeCoefficients */
    public static final ProcessVariable<Object> ROYALTY_PROPOSALS = raw("royaltyProposals");
    /** Json list of RoyaltyInputs.WorkScore, task-local on scoreStatement */
    public static final ProcessVariable<Object> ROYALTY_SCORES = raw("royaltyScores");
    /** an ApprovalDecision code: approve / return */
    public static final ProcessVariable<String> ROYALTY_DECISION = string("royaltyDecision");
    public static final ProcessVariable<String> ROYALTY_COMMENT = string("royaltyComment");
    /** the day the payments were made, yyyy-MM-dd (recordPayment) */
    public static final ProcessVariable<String> PAID_ON = string("paidOn");
    /** Json list of RoyaltyInputs.PaymentInput, task-local on recordPayment */
    public static final ProcessVariable<Object> ROYALTY_PAYMENTS = raw("royaltyPayments");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();

    private RoyaltyVariables() {
    }

    /** {@code value} as a Json variable, so Tasklist's lists show it. */
    public static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A list a form or REST client sent (Json, its text, or a list of maps) as {@code type}; what cannot be read
     * is refused in Vietnamese on {@code field}.
     */
    public static <T> List<T> list(Object value, Class<T> type, String field) {
        if (value == null) {
            return List.of();
        }
        try {
            String text = value instanceof SpinJsonNode node ? node.toString()
                    : value instanceof String s ? s : JSON.writeValueAsString(value);
            return JSON.readValue(text, JSON.getTypeFactory().constructCollectionType(List.class, type));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new InputRefused(field, "Không đọc được danh sách đã nhập: hãy nhập lại (số dùng dấu chấm thập phân).");
        }
    }
}
