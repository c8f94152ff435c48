package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.process.Coded;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The feedback records (table {@code feedback}); their trail is in {@link FeedbackTrail}. */
@Repository
public class FeedbackRepository {

    private static final String COLUMNS = """
            id, tracking_code, process_instance_id, channel, entered_by, sender_name, sender_address, sender_phone,
            sender_email, subject, content, topic, area, status, proposed_agency, handled_by, agency_group,
            classify_due, forwarded_at, answer_due, last_progress_at, escalated_at, rejection_reason, answer_text,
            answered_by, answered_group, answered_at, publish_due, public_question, public_answer, published_at,
            published_by, created_at, updated_at""";

    private final JdbcClient jdbc;

    public FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String trackingCode, Channel channel, String enteredBy, FeedbackForm f, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO feedback (tracking_code, channel, entered_by, sender_name, sender_address, sender_phone,
                       sender_email, subject, content, topic, area, status, created_at, updated_at)
                VALUES (:code, :channel, :enteredBy, :name, :address, :phone, :email, :subject, :content, :topic,
                        :area, :status, :now, :now)""")
                .param("code", trackingCode).param("channel", channel.code()).param("enteredBy", enteredBy)
                .param("name", f.senderName()).param("address", f.senderAddress()).param("phone", f.senderPhone())
                .param("email", f.senderEmail()).param("subject", f.subject()).param("content", f.content())
                .param("topic", f.topic()).param("area", f.area()).param("status", FeedbackStatus.RECEIVED.name())
                .param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A public submission stored but not yet handled by a process instance. */
    public record Waiting(long id, String trackingCode) {}

    /**
     * The oldest submission after {@code afterId} still waiting for its process instance, locked until the
     * transaction ends; rows another node holds are skipped, so nodes start disjoint submissions.
     */
    public Optional<Waiting> lockNextWaiting(long afterId) {
        return jdbc.sql("""
                SELECT id, tracking_code FROM feedback WHERE process_instance_id IS NULL AND id > :after
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("after", afterId)
                .query((rs, n) -> new Waiting(rs.getLong("id"), rs.getString("tracking_code"))).optional();
    }

    public long countWaiting() {
        return jdbc.sql("SELECT count(*) FROM feedback WHERE process_instance_id IS NULL").query(Long.class).single();
    }

    /** Links the record to its process instance; false if it already belongs to one. */
    boolean attachProcess(long id, String processInstanceId) {
        return jdbc.sql("UPDATE feedback SET process_instance_id = :pi WHERE id = :id AND process_instance_id IS NULL")
                .param("pi", processInstanceId).param("id", id).update() == 1;
    }

    public Optional<Feedback> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback WHERE id = :id").param("id", id)
                .query(FeedbackRepository::map).optional();
    }

    Optional<Feedback> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback WHERE id = :id FOR UPDATE").param("id", id)
                .query(FeedbackRepository::map).optional();
    }

    public Optional<Feedback> findByTrackingCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback WHERE tracking_code = :code").param("code", code)
                .query(FeedbackRepository::map).optional();
    }

    /** Published questions and answers, newest first. */
    public List<Feedback> published(int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback WHERE published_at IS NOT NULL"
                + " ORDER BY published_at DESC, id DESC FETCH FIRST " + size + " ROWS ONLY")
                .query(FeedbackRepository::map).list();
    }

    /** Cases whose agency answer became overdue in [from, to): for the monthly report. */
    public List<Feedback> escalatedBetween(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback WHERE escalated_at >= :from AND escalated_at < :to ORDER BY escalated_at")
                .param("from", from).param("to", to).query(FeedbackRepository::map).list();
    }

    /** Sets the given columns (names are code constants, never input) and updated_at. */
    void update(long id, Map<String, Object> columns, OffsetDateTime now) {
        StringBuilder sql = new StringBuilder("UPDATE feedback SET updated_at = :now");
        columns.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
        JdbcClient.StatementSpec spec = jdbc.sql(sql.append(" WHERE id = :id").toString()).param("now", now).param("id", id);
        for (Map.Entry<String, Object> column : columns.entrySet()) {
            spec = spec.param(column.getKey(), column.getValue());
        }
        spec.update();
    }

    private static Feedback map(ResultSet rs, int row) throws SQLException {
        return new Feedback(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("process_instance_id"),
                Coded.byCode(Channel.class, rs.getString("channel")).orElseThrow(), rs.getString("entered_by"),
                rs.getString("sender_name"), rs.getString("sender_address"), rs.getString("sender_phone"),
                rs.getString("sender_email"), rs.getString("subject"), rs.getString("content"), rs.getString("topic"),
                rs.getString("area"), FeedbackStatus.valueOf(rs.getString("status")), rs.getString("proposed_agency"),
                rs.getString("handled_by"), rs.getString("agency_group"), time(rs, "classify_due"),
                time(rs, "forwarded_at"), time(rs, "answer_due"), time(rs, "last_progress_at"),
                time(rs, "escalated_at"), rs.getString("rejection_reason"), rs.getString("answer_text"),
                rs.getString("answered_by"), rs.getString("answered_group"), time(rs, "answered_at"),
                time(rs, "publish_due"), rs.getString("public_question"), rs.getString("public_answer"),
                time(rs, "published_at"), rs.getString("published_by"), time(rs, "created_at"),
                time(rs, "updated_at"));
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(BoardTime.ZONE).toOffsetDateTime();
    }
}
