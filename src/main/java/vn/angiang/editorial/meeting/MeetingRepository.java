package vn.angiang.editorial.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.angiang.editorial.platform.process.Coded;

/** The meeting tables ({@code V8__meeting_convocation.sql}); each method says the change it makes. */
@Repository
public class MeetingRepository {

    private final JdbcClient jdbc;

    public MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(MeetingKind kind, String title, String reason, OffsetDateTime startsAt, String place,
            String requestedBy, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (kind, status, title, reason, starts_at, place, requested_by, created_at)
                VALUES (:kind, 'preparing', :title, :reason, :startsAt, :place, :requestedBy, :now)""")
                .param("kind", kind.code()).param("title", title).param("reason", reason)
                .param("startsAt", startsAt).param("place", place).param("requestedBy", requestedBy)
                .param("now", now)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public void bindInstance(long id, String processInstanceId) {
        jdbc.sql("UPDATE meeting SET process_instance_id = :pi WHERE id = :id")
                .param("pi", processInstanceId).param("id", id).update();
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = :id").param("id", id).query(MeetingRepository::meeting)
                .optional();
    }

    /** Newest meeting first. */
    public List<Meeting> list() {
        return jdbc.sql("SELECT * FROM meeting ORDER BY COALESCE(starts_at, created_at) DESC, id DESC")
                .query(MeetingRepository::meeting).list();
    }

    /** The agenda as the secretariat drafted it: replaces the planned items, time, place and deadlines. */
    public void plan(long id, String title, OffsetDateTime startsAt, String place, OffsetDateTime contributionsDue,
            OffsetDateTime replyDue, List<AgendaItem> agenda, List<Guest> guests) {
        jdbc.sql("""
                UPDATE meeting SET title = :title, starts_at = :startsAt, place = :place,
                       contributions_due = :contributionsDue, reply_due = :replyDue WHERE id = :id""")
                .param("title", title).param("startsAt", startsAt).param("place", place)
                .param("contributionsDue", contributionsDue).param("replyDue", replyDue).param("id", id).update();
        jdbc.sql("DELETE FROM meeting_agenda_item WHERE meeting_id = :id").param("id", id).update();
        for (AgendaItem item : agenda) {
            jdbc.sql("""
                    INSERT INTO meeting_agenda_item (meeting_id, position, title, field, presenter)
                    VALUES (:id, :position, :title, :field, :presenter)""")
                    .param("id", id).param("position", item.position()).param("title", item.title())
                    .param("field", item.field()).param("presenter", item.presenter()).update();
        }
        jdbc.sql("DELETE FROM meeting_guest WHERE meeting_id = :id").param("id", id).update();
        for (Guest guest : guests) {
            jdbc.sql("""
                    INSERT INTO meeting_guest (meeting_id, position, name, job_title, unit, email)
                    VALUES (:id, :position, :name, :jobTitle, :unit, :email)""")
                    .param("id", id).param("position", guest.position()).param("name", guest.name())
                    .param("jobTitle", guest.jobTitle()).param("unit", guest.unit()).param("email", guest.email())
                    .update();
        }
    }

    public List<AgendaItem> agenda(long id) {
        return jdbc.sql("SELECT * FROM meeting_agenda_item WHERE meeting_id = :id ORDER BY position")
                .param("id", id).query((rs, row) -> new AgendaItem(rs.getInt("position"), rs.getString("title"),
                        rs.getString("field"), rs.getString("presenter"), rs.getString("discussion"),
                        rs.getString("decision"), integer(rs, "votes_for"), integer(rs, "votes_against"),
                        integer(rs, "votes_abstain"),
                        Coded.byCode(VoteOutcome.class, rs.getString("outcome")).orElse(null)))
                .list();
    }

    public List<Guest> guests(long id) {
        return jdbc.sql("SELECT * FROM meeting_guest WHERE meeting_id = :id ORDER BY position").param("id", id)
                .query((rs, row) -> new Guest(rs.getInt("position"), rs.getString("name"), rs.getString("job_title"),
                        rs.getString("unit"), rs.getString("email")))
                .list();
    }

    public void addMaterial(long id, String kind, String groupId, String authorId, String title, String content,
            String link, boolean late, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO meeting_material (meeting_id, kind, group_id, author_id, title, content, link, late, added_at)
                VALUES (:id, :kind, :group, :author, :title, :content, :link, :late, :now)""")
                .param("id", id).param("kind", kind).param("group", groupId).param("author", authorId)
                .param("title", title).param("content", content).param("link", link).param("late", late)
                .param("now", now).update();
    }

    public List<Material> materials(long id) {
        return jdbc.sql("SELECT * FROM meeting_material WHERE meeting_id = :id ORDER BY id").param("id", id)
                .query((rs, row) -> new Material(rs.getLong("id"), rs.getString("kind"), rs.getString("group_id"),
                        rs.getString("author_id"), rs.getString("title"), rs.getString("content"),
                        rs.getString("link"), rs.getBoolean("late"), rs.getObject("added_at", OffsetDateTime.class)))
                .list();
    }

    public void markInvited(long id, String convenerId, String delegation, boolean shortNotice) {
        jdbc.sql("""
                UPDATE meeting SET status = 'invited', convener_id = :convener, convener_delegation = :delegation,
                       short_notice = :shortNotice WHERE id = :id""")
                .param("convener", convenerId).param("delegation", delegation).param("shortNotice", shortNotice)
                .param("id", id).update();
    }

    public void invite(long id, String memberId, String memberName) {
        jdbc.sql("""
                INSERT INTO meeting_attendance (meeting_id, member_id, member_name, reply)
                VALUES (:id, :member, :name, 'none')""")
                .param("id", id).param("member", memberId).param("name", memberName).update();
    }

    public void recordReply(long id, String memberId, Reply reply, String proxyName, String proxyPosition,
            String proxyUnit, String note, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE meeting_attendance SET reply = :reply, proxy_name = :proxyName, proxy_position = :proxyPosition,
                       proxy_unit = :proxyUnit, note = :note, replied_at = :at
                 WHERE meeting_id = :id AND member_id = :member""")
                .param("reply", reply.code()).param("proxyName", proxyName).param("proxyPosition", proxyPosition)
                .param("proxyUnit", proxyUnit).param("note", note).param("at", at).param("id", id)
                .param("member", memberId).update();
    }

    public List<Attendance> attendance(long id) {
        return jdbc.sql("SELECT * FROM meeting_attendance WHERE meeting_id = :id ORDER BY member_name, member_id")
                .param("id", id)
                .query((rs, row) -> new Attendance(rs.getString("member_id"), rs.getString("member_name"),
                        Coded.byCode(Reply.class, rs.getString("reply")).orElseThrow(), rs.getString("proxy_name"),
                        rs.getString("proxy_position"), rs.getString("proxy_unit"), rs.getString("note"),
                        rs.getObject("replied_at", OffsetDateTime.class),
                        Coded.byCode(Presence.class, rs.getString("presence")).orElse(null)))
                .list();
    }

    /** The meeting as held: who was there, what was decided on each item. */
    public void recordHeld(long id, String recordedBy, List<Attendance> attendance, List<AgendaItem> decisions) {
        for (Attendance a : attendance) {
            jdbc.sql("UPDATE meeting_attendance SET presence = :presence WHERE meeting_id = :id AND member_id = :member")
                    .param("presence", a.presence().code()).param("id", id).param("member", a.memberId()).update();
        }
        for (AgendaItem item : decisions) {
            jdbc.sql("""
                    UPDATE meeting_agenda_item SET discussion = :discussion, decision = :decision, votes_for = :for,
                           votes_against = :against, votes_abstain = :abstain, outcome = :outcome
                     WHERE meeting_id = :id AND position = :position""")
                    .param("discussion", item.discussion()).param("decision", item.decision())
                    .param("for", item.votesFor()).param("against", item.votesAgainst())
                    .param("abstain", item.votesAbstain())
                    .param("outcome", item.outcome() == null ? null : item.outcome().code())
                    .param("id", id).param("position", item.position()).update();
        }
        jdbc.sql("UPDATE meeting SET status = 'held', recorded_by = :by WHERE id = :id").param("by", recordedBy)
                .param("id", id).update();
    }

    public void replaceFollowUps(long id, List<FollowUp> followUps) {
        jdbc.sql("DELETE FROM meeting_follow_up WHERE meeting_id = :id").param("id", id).update();
        for (FollowUp f : followUps) {
            jdbc.sql("""
                    INSERT INTO meeting_follow_up (meeting_id, position, agenda_position, description, assignee_group,
                           due_on, status) VALUES (:id, :position, :agenda, :description, :group, :due, 'open')""")
                    .param("id", id).param("position", f.position()).param("agenda", f.agendaPosition())
                    .param("description", f.description()).param("group", f.assigneeGroup())
                    .param("due", f.dueOn()).update();
        }
    }

    public List<FollowUp> followUps(long id) {
        return jdbc.sql("SELECT * FROM meeting_follow_up WHERE meeting_id = :id ORDER BY position").param("id", id)
                .query((rs, row) -> new FollowUp(rs.getInt("position"), integer(rs, "agenda_position"),
                        rs.getString("description"), rs.getString("assignee_group"),
                        rs.getObject("due_on", LocalDate.class), rs.getString("status"), rs.getString("report"),
                        rs.getString("done_by"), rs.getObject("done_at", OffsetDateTime.class)))
                .list();
    }

    public void markFollowUpDone(long id, int position, String report, String by, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE meeting_follow_up SET status = 'done', report = :report, done_by = :by, done_at = :at
                 WHERE meeting_id = :id AND position = :position""")
                .param("report", report).param("by", by).param("at", at).param("id", id).param("position", position)
                .update();
    }

    public void markConcluded(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE meeting SET status = 'concluded', concluded_at = :at WHERE id = :id")
                .param("at", at).param("id", id).update();
    }

    public void consult(long id, String memberId, String memberName) {
        jdbc.sql("""
                INSERT INTO meeting_opinion (meeting_id, member_id, member_name, opinion)
                VALUES (:id, :member, :name, 'none')""")
                .param("id", id).param("member", memberId).param("name", memberName).update();
    }

    public void recordOpinion(long id, String memberId, ConsultationAnswer answer, String comment, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE meeting_opinion SET opinion = :opinion, comment = :comment, answered_at = :at
                 WHERE meeting_id = :id AND member_id = :member""")
                .param("opinion", answer.code()).param("comment", comment).param("at", at).param("id", id)
                .param("member", memberId).update();
    }

    public List<Opinion> opinions(long id) {
        return jdbc.sql("SELECT * FROM meeting_opinion WHERE meeting_id = :id ORDER BY member_name, member_id")
                .param("id", id)
                .query((rs, row) -> new Opinion(rs.getString("member_id"), rs.getString("member_name"),
                        Coded.byCode(ConsultationAnswer.class, rs.getString("opinion")).orElseThrow(),
                        rs.getString("comment"), rs.getObject("answered_at", OffsetDateTime.class)))
                .list();
    }

    /** The consultation sent: its question, its deadline; the members are asked. */
    public void markConsulting(long id, String title, String details, OffsetDateTime answersDue, String question) {
        jdbc.sql("UPDATE meeting SET title = :title, reason = :details, reply_due = :due, status = 'invited' WHERE id = :id")
                .param("title", title).param("details", details).param("due", answersDue).param("id", id).update();
        jdbc.sql("DELETE FROM meeting_agenda_item WHERE meeting_id = :id").param("id", id).update();
        jdbc.sql("INSERT INTO meeting_agenda_item (meeting_id, position, title) VALUES (:id, 1, :question)")
                .param("id", id).param("question", question).update();
    }

    /** The tally of a consultation, on its question (agenda item 1). */
    public void recordTally(long id, int agree, int disagree, int other, VoteOutcome outcome) {
        jdbc.sql("""
                UPDATE meeting_agenda_item SET votes_for = :agree, votes_against = :disagree, votes_abstain = :other,
                       outcome = :outcome WHERE meeting_id = :id AND position = 1""")
                .param("agree", agree).param("disagree", disagree).param("other", other)
                .param("outcome", outcome.code()).param("id", id).update();
        jdbc.sql("UPDATE meeting SET status = 'held' WHERE id = :id").param("id", id).update();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), Coded.byCode(MeetingKind.class, rs.getString("kind")).orElseThrow(),
                Coded.byCode(MeetingStatus.class, rs.getString("status")).orElseThrow(), rs.getString("title"),
                rs.getString("reason"), rs.getObject("starts_at", OffsetDateTime.class), rs.getString("place"),
                rs.getObject("contributions_due", OffsetDateTime.class),
                rs.getObject("reply_due", OffsetDateTime.class), rs.getBoolean("short_notice"),
                rs.getString("requested_by"), rs.getString("convener_id"), rs.getString("convener_delegation"),
                rs.getString("recorded_by"), rs.getString("process_instance_id"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("concluded_at", OffsetDateTime.class));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
