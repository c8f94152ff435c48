package vn.angiang.editorial.content;

import java.time.LocalDate;
import java.time.ZoneId;
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

import vn.angiang.editorial.Application;
import vn.angiang.editorial.content.SubmissionForm.ContributorInput;

/**
 * The process variables of content-approval: their names, and how they are read from what Tasklist
 * or a REST client sends and written back from the domain record.
 *
 * <ul>
 * <li>{@code content} (Json): {@code {"title", "summary", "body"}} — a Json variable because a body
 * may be far longer than the 4000 characters a String variable holds;</li>
 * <li>{@code contentType}, {@code field}, {@code urgency} (String codes), {@code requestedPublicationDate}
 * (yyyy-MM-dd), {@code sourceAgency} (String), {@code contributors} (Json: a list of {@code {"name","role"}},
 * or the start form's slots {@code {"name1","role1","name2",...}});</li>
 * <li>{@code enteredFor} (String, optional): the IT center enters a paper submission for this sender;</li>
 * <li>set by the process: {@code submissionId} (Long), {@code requesterId} (the submitter: the signed-in
 * starter, or the sender of a paper submission), {@code itemTitle},
 * {@code appraiserGroup}, {@code headApprovalRequired}, {@code deadlineDays}, {@code returnReason},
 * {@code publishedItemUrl}, and {@code outcome}/{@code outcomeComment} for the requester's mail;</li>
 * <li>per step: {@code vetDecision}/{@code vetComment}, {@code revisionDecision}/{@code revisionComment},
 * {@code appraisalDecision}/{@code appraisalComment}, {@code headDecision}/{@code headComment},
 * {@code checkDecision}/{@code checkComment}.</li>
 * </ul>
 */
public final class ContentVariables {

    public static final String SUBMISSION_ID = "submissionId";
    public static final String REQUESTER_ID = "requesterId";
    /** Start form, IT center only: the sender of a paper submission it enters (their user id). */
    public static final String ENTERED_FOR = "enteredFor";
    public static final String CONTENT = "content";
    public static final String CONTENT_TYPE = "contentType";
    public static final String FIELD = "field";
    public static final String URGENCY = "urgency";
    public static final String REQUESTED_PUBLICATION_DATE = "requestedPublicationDate";
    public static final String SOURCE_AGENCY = "sourceAgency";
    public static final String CONTRIBUTORS = "contributors";
    public static final String ITEM_TITLE = "itemTitle";
    public static final String APPRAISER_GROUP = "appraiserGroup";
    public static final String HEAD_APPROVAL_REQUIRED = "headApprovalRequired";
    public static final String DEADLINE_DAYS = "deadlineDays";
    public static final String RETURN_REASON = "returnReason";
    public static final String PUBLISHED_ITEM_URL = "publishedItemUrl";
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_COMMENT = "outcomeComment";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentVariables() {
    }

    /** The submission as sent with the start form. */
    public static SubmissionForm submission(VariableScope scope) {
        Map<String, Object> content = object(scope.getVariable(CONTENT), "Tin bài");
        return new SubmissionForm(string(content.get("title")), string(content.get("summary")),
                string(content.get("body")), string(scope.getVariable(CONTENT_TYPE)), string(scope.getVariable(FIELD)),
                string(scope.getVariable(URGENCY)), date(scope.getVariable(REQUESTED_PUBLICATION_DATE)),
                string(scope.getVariable(SOURCE_AGENCY)), contributors(scope.getVariable(CONTRIBUTORS)));
    }

    /** What the person at a step sent back (null where nothing was sent). */
    public static ContentEdits edits(VariableScope scope) {
        Object raw = scope.getVariable(CONTENT);
        Map<String, Object> content = raw == null ? Map.of() : object(raw, "Tin bài");
        return new ContentEdits(string(content.get("title")), string(content.get("summary")),
                string(content.get("body")), string(scope.getVariable(CONTENT_TYPE)), string(scope.getVariable(FIELD)),
                string(scope.getVariable(URGENCY)));
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
        if (!scope.hasVariable(CONTENT) || !json.equals(String.valueOf(scope.getVariable(CONTENT)))) {
            scope.setVariable(CONTENT, SpinValues.jsonValue(json).create());
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
    private static void update(VariableScope scope, String name, Object value) {
        if (!scope.hasVariable(name) || !Objects.equals(scope.getVariable(name), value)) {
            scope.setVariable(name, value);
        }
    }

    /** The submission id the instance carries, unchecked: see {@link ContentService#bound}. */
    public static long submissionId(VariableScope scope) {
        return ((Number) scope.getVariable(SUBMISSION_ID)).longValue();
    }

    public static String string(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : value.toString();
    }

    private static String date(Object value) {
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), ZoneId.of(Application.ZONE)).toString();
        }
        return string(value);
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
        throw new ContentValidationException("«" + label + "» phải là một đối tượng JSON gồm title, summary, body.");
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
                result.add(new ContributorInput(string(slots.get("name" + i)), string(slots.get("role" + i))));
            }
            return result;
        }
        if (!(parsed instanceof List<?> list)) {
            throw new ContentValidationException(
                    "Danh sách tác giả phải là một mảng JSON, mỗi phần tử gồm name và role.");
        }
        List<ContributorInput> result = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> map = object(item, "Tác giả");
            result.add(new ContributorInput(string(map.get("name")), string(map.get("role"))));
        }
        return result;
    }
}
