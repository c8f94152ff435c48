package vn.angiang.editorial.meeting.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.AgendaItem;
import vn.angiang.editorial.meeting.Attendance;
import vn.angiang.editorial.meeting.Meeting;
import vn.angiang.editorial.meeting.MeetingService;
import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.process.BoardTime;

/** What the instance carries for the forms and the timers, written from the record. */
@Component
public record MeetingForms(MeetingService service, WorkingDayCalendar workingDays) {

    /** A new meeting: its id, kind and title, and when the agenda is due. */
    void started(VariableScope scope, long id) {
        Meeting meeting = service.get(id);
        MeetingVariables.MEETING_ID.set(scope, id);
        MeetingVariables.KIND.set(scope, meeting.kind().code());
        MeetingVariables.TITLE.set(scope, meeting.title());
        MeetingVariables.AGENDA_DEADLINE.set(scope, workingDays.fromNow(service.rules().agendaDays()));
    }

    /** After the agenda: the deadlines of the preparation and the invitation, and what later forms show. */
    void planned(VariableScope scope, Meeting meeting) {
        MeetingVariables.CONTRIBUTIONS_DEADLINE.set(scope, Date.from(meeting.contributionsDue().toInstant()));
        Date invitationDue = switch (meeting.kind()) {
            case REGULAR -> Date.from(service.latestInvitationDay(meeting.startsAt()).atTime(17, 0)
                    .atZone(BoardTime.ZONE).toInstant());
            case AD_HOC, CONSULTATION -> Date.from(meeting.startsAt().toInstant());
        };
        MeetingVariables.INVITATION_DEADLINE.set(scope, invitationDue);
        MeetingVariables.REPLY_DEADLINE.set(scope, Date.from(meeting.replyDue().toInstant()));
        MeetingVariables.RECORD_DEADLINE.set(scope, service.recordDue(meeting.id()));
        MeetingVariables.CONCLUSION_DEADLINE.set(scope, service.conclusionDue(meeting.id()));
        MeetingVariables.CONTRIBUTOR_GROUPS.set(scope, new ArrayList<>(service.contributorGroups(meeting.id())));
        MeetingVariables.MEETING_SUMMARY.set(scope, summary(meeting));
    }

    /** Kind, time, place and agenda, as the later forms show them. */
    String summary(Meeting meeting) {
        StringBuilder text = new StringBuilder();
        text.append(meeting.kind().label()).append(": ").append(meeting.title()).append('\n')
                .append("Thời gian: ").append(BoardTime.format(meeting.startsAt())).append('\n')
                .append("Địa điểm: ").append(meeting.place()).append('\n')
                .append("Hạn nộp tài liệu, ý kiến: ").append(BoardTime.format(meeting.contributionsDue())).append('\n')
                .append("Nội dung:");
        for (AgendaItem item : service.agenda(meeting.id())) {
            text.append('\n').append(item.position()).append(". ").append(item.title());
        }
        return text.toString();
    }

    /** The record form, pre-filled: each member with their reply, each agenda item to decide. */
    void toRecord(VariableScope scope, long id) {
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (Attendance a : service.attendance(id)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("memberId", a.memberId());
            row.put("memberName", a.memberName());
            row.put("reply", a.reply().label() + (a.proxyName() == null ? ""
                    : ": " + a.proxyName() + ", " + a.proxyPosition() + ", " + a.proxyUnit()));
            row.put("presence", (a.presence() == null ? a.expectedPresence() : a.presence()).code());
            attendance.add(row);
        }
        MeetingVariables.setList(scope, MeetingVariables.ATTENDANCE, attendance);
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (AgendaItem item : service.agenda(id)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", item.position());
            row.put("title", item.title());
            row.put("discussion", item.discussion());
            row.put("decision", item.decision());
            row.put("votesFor", item.votesFor());
            row.put("votesAgainst", item.votesAgainst());
            row.put("votesAbstain", item.votesAbstain());
            decisions.add(row);
        }
        MeetingVariables.setList(scope, MeetingVariables.DECISIONS, decisions);
    }

    /** After the consultation is sent: its deadline, the result's, the members asked, what the forms show. */
    void consulting(VariableScope scope, Meeting meeting, List<String> members) {
        MeetingVariables.ANSWERS_DEADLINE.set(scope, Date.from(meeting.replyDue().toInstant()));
        MeetingVariables.CONCLUSION_DEADLINE.set(scope, service.consultationResultDue(meeting.id()));
        MeetingVariables.INVITED_MEMBERS.set(scope, new ArrayList<>(members));
        String question = service.agenda(meeting.id()).get(0).title();
        MeetingVariables.MEETING_SUMMARY.set(scope, meeting.kind().label() + ": " + meeting.title() + "\n"
                + "Vấn đề xin ý kiến: " + question + (meeting.reason() == null ? "" : "\n" + meeting.reason()) + "\n"
                + "Hạn trả lời: " + BoardTime.format(meeting.replyDue()));
    }

    /** The tally as the head reads it before signing the result. */
    void tallied(VariableScope scope, long id) {
        AgendaItem question = service.agenda(id).get(0);
        StringBuilder text = new StringBuilder().append("Vấn đề: ").append(question.title()).append('\n')
                .append("Kết quả: ").append(question.votesFor()).append(" đồng ý, ").append(question.votesAgainst())
                .append(" không đồng ý, ").append(question.votesAbstain()).append(" ý kiến khác — ")
                .append(question.outcome().label());
        for (vn.angiang.editorial.meeting.Opinion o : service.opinions(id)) {
            text.append('\n').append("- ").append(o.memberName()).append(": ").append(o.answer().label())
                    .append(o.comment() == null ? "" : " — " + o.comment());
        }
        MeetingVariables.MINUTES_SUMMARY.set(scope, text.toString());
    }

    /** The minutes as the chair reads them before approving. */
    void toApprove(VariableScope scope, long id) {
        StringBuilder text = new StringBuilder();
        long attending = service.attendance(id).stream()
                .filter(a -> (a.presence() == null ? a.expectedPresence() : a.presence()).attends()).count() + 1;
        text.append("Dự họp: ").append(attending).append('/').append(service.attendance(id).size() + 1)
                .append(" thành viên (kể cả người họp thay).");
        for (Attendance a : service.attendance(id)) {
            if (a.presence() != null) {
                text.append('\n').append("- ").append(a.memberName()).append(": ").append(a.presence().label())
                        .append(a.proxyName() == null || a.presence() != vn.angiang.editorial.meeting.Presence.PROXY ? ""
                                : " (" + a.proxyName() + ", " + a.proxyPosition() + ")");
            }
        }
        for (AgendaItem item : service.agenda(id)) {
            text.append("\n\n").append(item.position()).append(". ").append(item.title());
            if (item.discussion() != null) {
                text.append("\nThảo luận: ").append(item.discussion());
            }
            if (item.decision() != null) {
                text.append("\nKết luận: ").append(item.decision());
            }
            if (item.outcome() != null) {
                text.append("\nBiểu quyết: ").append(item.votesFor()).append(" tán thành, ").append(item.votesAgainst())
                        .append(" không tán thành, ").append(item.votesAbstain()).append(" không biểu quyết — ")
                        .append(item.outcome().label());
            }
        }
        service.followUps(id).forEach(f -> text.append("\n\nGiao ").append(f.assigneeGroup()).append(": ")
                .append(f.description()).append(" (hạn ").append(BoardTime.DATE.format(f.dueOn())).append(')'));
        MeetingVariables.MINUTES_SUMMARY.set(scope, text.toString());
    }
}
