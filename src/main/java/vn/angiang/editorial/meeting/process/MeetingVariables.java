package vn.angiang.editorial.meeting.process;

import static vn.angiang.editorial.platform.process.ProcessVariable.bool;
import static vn.angiang.editorial.platform.process.ProcessVariable.date;
import static vn.angiang.editorial.platform.process.ProcessVariable.integer;
import static vn.angiang.editorial.platform.process.ProcessVariable.longValue;
import static vn.angiang.editorial.platform.process.ProcessVariable.raw;
import static vn.angiang.editorial.platform.process.ProcessVariable.string;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.angiang.editorial.meeting.AgendaItem;
import vn.angiang.editorial.meeting.ConsultationAnswer;
import vn.angiang.editorial.meeting.Guest;
import vn.angiang.editorial.meeting.MeetingInputs;
import vn.angiang.editorial.meeting.MeetingKind;
import vn.angiang.editorial.meeting.Presence;
import vn.angiang.editorial.meeting.Reply;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.process.ProcessVariable;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * The variables of meeting-convocation, each declared once with its type, and how the forms' values are read
 * into the service's inputs. Records live in the meeting tables; the instance carries the meeting's id, what
 * the forms show, and the dates its timers and due dates use.
 */
public final class MeetingVariables {

    public static final String PROCESS_KEY = "meeting-convocation";

    // the record
    public static final ProcessVariable<Long> MEETING_ID = longValue("meetingId");
    /** the signed-in starter (the start event's initiator) */
    public static final ProcessVariable<String> REQUESTER_ID = string("requesterId");

    // the start form and the agenda (meeting-request, meeting-agenda)
    public static final ProcessVariable<String> KIND = string("kind");
    public static final ProcessVariable<String> TITLE = string("title");
    public static final ProcessVariable<String> REASON = string("reason");
    /** a date and time as the form sends it ({@code 2026-12-10T08:00+07:00}), or a Date from a REST client */
    public static final ProcessVariable<Object> STARTS_AT = raw("startsAt");
    public static final ProcessVariable<String> PLACE = string("place");
    public static final ProcessVariable<Object> CONTRIBUTIONS_DUE = raw("contributionsDue");
    /** Json list of {@code {title, field, presenter}} */
    public static final ProcessVariable<Object> AGENDA_ITEMS = raw("agendaItems");
    /** Json list of {@code {name, jobTitle, unit, email}} */
    public static final ProcessVariable<Object> GUESTS = raw("guests");
    /** what the later forms show of the meeting: kind, time, place, agenda */
    public static final ProcessVariable<String> MEETING_SUMMARY = string("meetingSummary");

    // the dates of timers and due dates, from the record
    public static final ProcessVariable<Date> CONTRIBUTIONS_DEADLINE = date("contributionsDeadline");
    public static final ProcessVariable<Date> INVITATION_DEADLINE = date("invitationDeadline");
    public static final ProcessVariable<Date> REPLY_DEADLINE = date("replyDeadline");
    public static final ProcessVariable<Date> RECORD_DEADLINE = date("recordDeadline");
    public static final ProcessVariable<Date> CONCLUSION_DEADLINE = date("conclusionDeadline");
    public static final ProcessVariable<Date> AGENDA_DEADLINE = date("agendaDeadline");

    // preparation (meeting-documents, meeting-contribution)
    /** Json list of {@code {title, link}} */
    public static final ProcessVariable<Object> DOCUMENTS = raw("documents");
    public static final ProcessVariable<String> DOCUMENTS_NOTE = string("documentsNote");
    /** the field groups whose members contribute: the collection of contributeToAgenda */
    public static final ProcessVariable<Object> CONTRIBUTOR_GROUPS = raw("contributorGroups");
    /** one contributeToAgenda's group (its element variable) */
    public static final ProcessVariable<String> CONTRIBUTOR_GROUP = string("contributorGroup");
    public static final ProcessVariable<String> CONTRIBUTION = string("contribution");
    public static final ProcessVariable<String> CONTRIBUTION_LINK = string("contributionLink");

    // the invitation (meeting-invitation-approval)
    public static final ProcessVariable<String> INVITATION_DECISION = string("invitationDecision");
    public static final ProcessVariable<String> INVITATION_COMMENT = string("invitationComment");
    /** who approved the invitation or the minutes: convenes, chairs and signs (Đ14.3) */
    public static final ProcessVariable<String> CHAIR_ID = string("chairId");
    /** the delegation the chair acts under, or null for the head */
    public static final ProcessVariable<String> CHAIR_DELEGATION = string("chairDelegation");
    public static final ProcessVariable<String> CHAIR_ACTING_FOR = string("chairActingFor");
    public static final ProcessVariable<String> CHAIR_GROUP = string("chairGroup");

    // replies (meeting-reply)
    /** the members who reply: the collection of replyToInvitation */
    public static final ProcessVariable<Object> INVITED_MEMBERS = raw("invitedMembers");
    public static final ProcessVariable<String> MEMBER = string("member");
    public static final ProcessVariable<String> REPLY = string("reply");
    public static final ProcessVariable<String> PROXY_NAME = string("proxyName");
    public static final ProcessVariable<String> PROXY_POSITION = string("proxyPosition");
    public static final ProcessVariable<String> PROXY_UNIT = string("proxyUnit");
    public static final ProcessVariable<String> REPLY_NOTE = string("replyNote");

    // the record of the meeting (meeting-record) and the minutes (meeting-minutes-approval)
    /** Json list of {@code {memberId, memberName, reply, presence}} */
    public static final ProcessVariable<Object> ATTENDANCE = raw("attendance");
    /** Json list of {@code {position, title, discussion, decision, votesFor, votesAgainst, votesAbstain}} */
    public static final ProcessVariable<Object> DECISIONS = raw("decisions");
    /** Json list of {@code {agendaPosition, description, assigneeGroup, dueOn}} */
    public static final ProcessVariable<Object> FOLLOW_UP_ITEMS = raw("followUpItems");
    public static final ProcessVariable<String> MINUTES_SUMMARY = string("minutesSummary");
    public static final ProcessVariable<String> MINUTES_DECISION = string("minutesDecision");
    public static final ProcessVariable<String> MINUTES_COMMENT = string("minutesComment");

    // follow-up work (meeting-follow-up)
    /** the positions of the follow-ups: the collection of carryOutFollowUp */
    public static final ProcessVariable<Object> FOLLOW_UPS = raw("followUps");
    public static final ProcessVariable<Integer> FOLLOW_UP = integer("followUp");
    public static final ProcessVariable<String> FOLLOW_UP_TEXT = string("followUpText");
    public static final ProcessVariable<String> FOLLOW_UP_REPORT = string("followUpReport");

    // written consultation (meeting-consultation, meeting-consultation-answer, meeting-consultation-result)
    public static final ProcessVariable<String> QUESTION = string("question");
    public static final ProcessVariable<String> CONSULTATION_LINK = string("consultationLink");
    public static final ProcessVariable<Object> ANSWERS_DUE = raw("answersDue");
    public static final ProcessVariable<Date> ANSWERS_DEADLINE = date("answersDeadline");
    public static final ProcessVariable<String> OPINION = string("opinion");
    public static final ProcessVariable<String> OPINION_COMMENT = string("opinionComment");
    public static final ProcessVariable<String> RESULT_COMMENT = string("resultComment");

    /** an ad hoc meeting invited with less notice than a regular one (recorded, shown) */
    public static final ProcessVariable<Boolean> SHORT_NOTICE = bool("shortNotice");

    private static final ObjectMapper JSON = new ObjectMapper();

    private MeetingVariables() {
    }

    public static long meetingId(VariableScope scope) {
        return MEETING_ID.required(scope);
    }

    /** The start form. */
    public static MeetingInputs.Request request(VariableScope scope) {
        String kind = KIND.text(scope);
        MeetingKind meetingKind = kind == null ? null : Coded.byCode(MeetingKind.class, kind)
                .orElseThrow(() -> new InputRefused("kind", "Loại cuộc họp không hợp lệ."));
        return new MeetingInputs.Request(meetingKind, TITLE.text(scope), REASON.text(scope),
                dateTime(STARTS_AT.get(scope), "startsAt"), PLACE.text(scope));
    }

    /** The agenda form. */
    public static MeetingInputs.Agenda agenda(VariableScope scope) {
        List<AgendaItem> items = new ArrayList<>();
        for (Map<String, Object> row : list(AGENDA_ITEMS.get(scope), "agendaItems", "Chương trình họp")) {
            items.add(AgendaItem.planned(items.size() + 1, text(row.get("title")), text(row.get("field")),
                    text(row.get("presenter"))));
        }
        List<Guest> guests = new ArrayList<>();
        for (Map<String, Object> row : list(GUESTS.get(scope), "guests", "Khách mời")) {
            guests.add(new Guest(guests.size() + 1, text(row.get("name")), text(row.get("jobTitle")),
                    text(row.get("unit")), text(row.get("email"))));
        }
        return new MeetingInputs.Agenda(TITLE.text(scope), dateTime(STARTS_AT.get(scope), "startsAt"),
                PLACE.text(scope), dateTime(CONTRIBUTIONS_DUE.get(scope), "contributionsDue"), items, guests);
    }

    public static List<MeetingInputs.Document> documents(VariableScope scope) {
        List<MeetingInputs.Document> documents = new ArrayList<>();
        for (Map<String, Object> row : list(DOCUMENTS.get(scope), "documents", "Tài liệu")) {
            documents.add(new MeetingInputs.Document(text(row.get("title")), text(row.get("link"))));
        }
        return documents;
    }

    public static MeetingInputs.Answer answer(VariableScope scope) {
        String code = REPLY.text(scope);
        Reply reply = code == null ? null : Coded.byCode(Reply.class, code).filter(r -> r != Reply.NONE)
                .orElseThrow(() -> new InputRefused("reply", "Lựa chọn trả lời không hợp lệ."));
        return new MeetingInputs.Answer(reply, PROXY_NAME.text(scope), PROXY_POSITION.text(scope),
                PROXY_UNIT.text(scope), REPLY_NOTE.text(scope));
    }

    public static ConsultationAnswer opinion(VariableScope scope) {
        String code = OPINION.text(scope);
        return code == null || code.isBlank() ? null : Coded.byCode(ConsultationAnswer.class, code)
                .filter(a -> a != ConsultationAnswer.NONE)
                .orElseThrow(() -> new InputRefused("opinion", "Lựa chọn trả lời không hợp lệ."));
    }

    public static OffsetDateTime answersDue(VariableScope scope) {
        return dateTime(ANSWERS_DUE.get(scope), "answersDue");
    }

    /** The record form: presence, decisions and votes, follow-ups. */
    public static MeetingInputs.Held held(VariableScope scope) {
        List<MeetingInputs.PresenceEntry> presence = new ArrayList<>();
        for (Map<String, Object> row : list(ATTENDANCE.get(scope), "attendance", "Thành phần dự họp")) {
            String code = text(row.get("presence"));
            presence.add(new MeetingInputs.PresenceEntry(text(row.get("memberId")), code == null ? null
                    : Coded.byCode(Presence.class, code).orElseThrow(() -> new InputRefused("attendance",
                            "Tình trạng dự họp không hợp lệ: «" + code + "»."))));
        }
        List<MeetingInputs.DecisionEntry> decisions = new ArrayList<>();
        for (Map<String, Object> row : list(DECISIONS.get(scope), "decisions", "Kết luận từng nội dung")) {
            Integer position = whole(row.get("position"), "decisions", "Số thứ tự nội dung");
            decisions.add(new MeetingInputs.DecisionEntry(position == null ? 0 : position, text(row.get("discussion")),
                    text(row.get("decision")), whole(row.get("votesFor"), "decisions", "Số phiếu tán thành"),
                    whole(row.get("votesAgainst"), "decisions", "Số phiếu không tán thành"),
                    whole(row.get("votesAbstain"), "decisions", "Số không biểu quyết")));
        }
        List<MeetingInputs.FollowUpEntry> followUps = new ArrayList<>();
        for (Map<String, Object> row : list(FOLLOW_UP_ITEMS.get(scope), "followUpItems", "Nhiệm vụ được giao")) {
            followUps.add(new MeetingInputs.FollowUpEntry(whole(row.get("agendaPosition"), "followUps",
                    "Nội dung số"), text(row.get("description")), text(row.get("assigneeGroup")),
                    day(row.get("dueOn"), "followUps")));
        }
        return new MeetingInputs.Held(presence, decisions, followUps);
    }

    /** Writes a list for a form (a dynamic list pre-filled by the process). */
    public static void setList(VariableScope scope, ProcessVariable<Object> variable, List<?> rows) {
        try {
            scope.setVariable(variable.name(), SpinValues.jsonValue(JSON.writeValueAsString(rows)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list of plain values for a multi-instance collection (strings, numbers). */
    public static List<Object> plainList(VariableScope scope, ProcessVariable<Object> variable) {
        Object value = variable.get(scope);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        throw new IllegalStateException(variable.name() + " không phải danh sách");
    }

    /**
     * A date and time from a form: {@code 2026-12-10T08:00+07:00} (with its offset), {@code 2026-12-10T08:00}
     * (the board's time), or a Date. Anything else is refused, bound to the field.
     */
    static OffsetDateTime dateTime(Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof Date d) {
            return BoardTime.local(d.toInstant().atOffset(java.time.ZoneOffset.UTC));
        }
        String text = value.toString().strip();
        try {
            return BoardTime.local(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(BoardTime.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                throw new InputRefused(field, "Ngày giờ không hợp lệ: «" + text + "» (cần ngày và giờ, ví dụ 10/12/2026 08:00).");
            }
        }
    }

    static LocalDate day(Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), BoardTime.ZONE);
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InputRefused(field, "Ngày không hợp lệ: «" + text + "».");
        }
    }

    private static Integer whole(Object value, String field, String label) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue()) || Math.abs(n.doubleValue()) > 100_000) {
                throw new InputRefused(field, label + " phải là số nguyên.");
            }
            return n.intValue();
        }
        try {
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InputRefused(field, label + " phải là số nguyên.");
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A Json list of objects, as a dynamic list of a form sends it. */
    private static List<Map<String, Object>> list(Object value, String field, String label) {
        if (value == null) {
            return List.of();
        }
        Object parsed = value;
        if (!(value instanceof List<?>)) {
            try {
                parsed = JSON.readValue(value.toString(), Object.class);
            } catch (JsonProcessingException e) {
                parsed = null;
            }
        }
        if (!(parsed instanceof List<?> rows)) {
            throw new InputRefused(field, "«" + label + "» phải là một danh sách.");
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object row : rows) {
            if (!(row instanceof Map<?, ?> map)) {
                throw new InputRefused(field, "Mỗi dòng của «" + label + "» phải gồm các ô của biểu mẫu.");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            if (copy.values().stream().anyMatch(Objects::nonNull)) {
                result.add(copy);
            }
        }
        return result;
    }
}
