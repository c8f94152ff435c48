package vn.angiang.editorial.content;

import static vn.angiang.editorial.platform.process.ProcessVariable.bool;
import static vn.angiang.editorial.platform.process.ProcessVariable.integer;
import static vn.angiang.editorial.platform.process.ProcessVariable.longValue;
import static vn.angiang.editorial.platform.process.ProcessVariable.raw;
import static vn.angiang.editorial.platform.process.ProcessVariable.string;

import vn.angiang.editorial.platform.process.BoardTime;

import vn.angiang.editorial.platform.validation.InputRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.angiang.editorial.content.SubmissionForm.ContributorInput;
import vn.angiang.editorial.platform.process.ProcessVariable;

/**
 * The process variables of content-approval and content-correction, each with its type (the declarations below), and how they
 * are read from what Tasklist or a REST client sends and written back from the domain record.
 */
public final class ContentVariables {

    public static final String PROCESS_KEY = "content-approval";
    /** corrections and take-downs of a published item at any time after its check (Đ10.4) */
    public static final String CORRECTION_PROCESS_KEY = "content-correction";

    // the start form (Tasklist or REST)
    /** Json {@code {"title", "summary", "body"}}: a body may be far longer than a String variable holds */
    public static final ProcessVariable<Object> CONTENT = raw("content");
    public static final ProcessVariable<String> CONTENT_TYPE = string("contentType");
    public static final ProcessVariable<String> FIELD = string("field");
    public static final ProcessVariable<String> URGENCY = string("urgency");
    /** yyyy-MM-dd, or a Date from a REST client */
    public static final ProcessVariable<Object> REQUESTED_PUBLICATION_DATE = raw("requestedPublicationDate");
    public static final ProcessVariable<String> SOURCE_AGENCY = string("sourceAgency");
    /** Json: a list of {@code {"name","role"}}, or the start form's slots {@code {"name1","role1",...}} */
    public static final ProcessVariable<Object> CONTRIBUTORS = raw("contributors");
    /** IT center only: the sender of a paper submission it enters (their user id) */
    public static final ProcessVariable<String> ENTERED_FOR = string("enteredFor");

    // set by the process from the record
    public static final ProcessVariable<Long> SUBMISSION_ID = longValue("submissionId");
    /** the submitter: the signed-in starter, or the sender of a paper submission */
    public static final ProcessVariable<String> REQUESTER_ID = string("requesterId");
    public static final ProcessVariable<String> ITEM_TITLE = string("itemTitle");
    public static final ProcessVariable<String> APPRAISER_GROUP = string("appraiserGroup");
    public static final ProcessVariable<Boolean> HEAD_APPROVAL_REQUIRED = bool("headApprovalRequired");
    public static final ProcessVariable<Integer> DEADLINE_DAYS = integer("deadlineDays");
    public static final ProcessVariable<String> RETURN_REASON = string("returnReason");
    public static final ProcessVariable<String> PUBLISHED_ITEM_URL = string("publishedItemUrl");
    /** the last decision and its comment, for the requester's mail */
    public static final ProcessVariable<String> OUTCOME = string("outcome");
    public static final ProcessVariable<String> OUTCOME_COMMENT = string("outcomeComment");

    // each step's decision and comment ({@link Stage#decision()}, {@link Stage#comment()})
    public static final ProcessVariable<String> VET_DECISION = string("vetDecision");
    public static final ProcessVariable<String> VET_COMMENT = string("vetComment");
    public static final ProcessVariable<String> REVISION_DECISION = string("revisionDecision");
    public static final ProcessVariable<String> REVISION_COMMENT = string("revisionComment");
    public static final ProcessVariable<String> APPRAISAL_DECISION = string("appraisalDecision");
    public static final ProcessVariable<String> APPRAISAL_COMMENT = string("appraisalComment");
    public static final ProcessVariable<String> HEAD_DECISION = string("headDecision");
    public static final ProcessVariable<String> HEAD_COMMENT = string("headComment");
    public static final ProcessVariable<String> CHECK_DECISION = string("checkDecision");
    public static final ProcessVariable<String> CHECK_COMMENT = string("checkComment");
    public static final ProcessVariable<String> CORRECTION_DECISION = string("correctionDecision");
    public static final ProcessVariable<String> CORRECTION_COMMENT = string("correctionComment");
    public static final ProcessVariable<String> CORRECTION_HEAD_DECISION = string("correctionHeadDecision");
    public static final ProcessVariable<String> CORRECTION_HEAD_COMMENT = string("correctionHeadComment");

    // content-correction's start form: which published item (its number) a member or the head corrects
    public static final ProcessVariable<Long> CORRECTED_ITEM = longValue("correctedItem");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentVariables() {
    }

    /** The submission as sent with the start form. */
    public static SubmissionForm submission(VariableScope scope) {
        Map<String, Object> content = object(CONTENT.get(scope), "Tin bài");
        return new SubmissionForm(text(content.get("title")), text(content.get("summary")),
                text(content.get("body")), CONTENT_TYPE.text(scope), FIELD.text(scope),
                URGENCY.text(scope), date(REQUESTED_PUBLICATION_DATE.get(scope)),
                SOURCE_AGENCY.text(scope), contributors(CONTRIBUTORS.get(scope)));
    }

    /** What the person at a step sent back (null where nothing was sent). */
    public static ContentEdits edits(VariableScope scope) {
        Object raw = CONTENT.get(scope);
        Map<String, Object> content = raw == null ? Map.of() : object(raw, "Tin bài");
        return new ContentEdits(text(content.get("title")), text(content.get("summary")),
                text(content.get("body")), CONTENT_TYPE.text(scope), FIELD.text(scope),
                URGENCY.text(scope));
    }

    /** Writes the record's current state back, so every form shows what the record holds. */
    public static void refresh(VariableScope scope, Submission s) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", s.title());
        content.put("summary", s.summary());
        content.put("body", s.bodyHtml());
        String json;
        try {
            json = JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (!scope.hasVariable(CONTENT.name()) || !json.equals(String.valueOf(CONTENT.get(scope)))) {
            scope.setVariable(CONTENT.name(), SpinValues.jsonValue(json).create());
        }
        update(scope, CONTENT_TYPE, s.contentType().code());
        update(scope, FIELD, s.field());
        update(scope, URGENCY, s.urgency().code());
        update(scope, ITEM_TITLE, s.title());
        update(scope, APPRAISER_GROUP, s.appraiserGroup());
        update(scope, HEAD_APPROVAL_REQUIRED, Boolean.TRUE.equals(s.headApprovalRequired()));
        update(scope, DEADLINE_DAYS, s.deadlineDays());
    }

    /**
     * Writes a variable only when its value changes: the engine writes every set value again (and, at
     * history level full, a history row for it), and most steps change none of them.
     */
    private static <T> void update(VariableScope scope, ProcessVariable<T> variable, T value) {
        if (!scope.hasVariable(variable.name()) || !Objects.equals(variable.get(scope), value)) {
            variable.set(scope, value);
        }
    }

    /** The submission id the instance carries, unchecked: see {@link ContentService#bound}. */
    public static long submissionId(VariableScope scope) {
        return SUBMISSION_ID.required(scope);
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : value.toString();
    }

    private static String date(Object value) {
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), BoardTime.ZONE).toString();
        }
        return text(value);
    }

    /** A Json / Object / JSON-text variable as a map. */
    private static Map<String, Object> object(Object value, String label) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), v));
            return result;
        }
        try {
            Object parsed = JSON.readValue(value.toString(), Object.class);
            if (parsed instanceof Map<?, ?>) {
                return object(parsed, label);
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw InputRefused.of("«" + label + "» phải là một đối tượng JSON gồm title, summary, body.");
    }

    private static List<ContributorInput> contributors(Object value) {
        if (value == null) {
            return List.of();
        }
        Object parsed = value;
        if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
            try {
                parsed = JSON.readValue(value.toString(), Object.class);
            } catch (JsonProcessingException e) {
                parsed = null;
            }
        }
        if (parsed instanceof Map<?, ?> slots) {
            // the start form's numbered slots: {"name1": ..., "role1": ..., "name2": ...}
            List<ContributorInput> result = new ArrayList<>();
            for (int i = 1; slots.containsKey("name" + i) || slots.containsKey("role" + i); i++) {
                result.add(new ContributorInput(text(slots.get("name" + i)), text(slots.get("role" + i))));
            }
            return result;
        }
        if (!(parsed instanceof List<?> list)) {
            throw InputRefused.of(
                    "Danh sách tác giả phải là một mảng JSON, mỗi phần tử gồm name và role.");
        }
        List<ContributorInput> result = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> map = object(item, "Tác giả");
            result.add(new ContributorInput(text(map.get("name")), text(map.get("role"))));
        }
        return result;
    }
}
