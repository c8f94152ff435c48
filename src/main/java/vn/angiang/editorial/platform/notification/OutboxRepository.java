package vn.angiang.editorial.platform.notification;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the outbox table ({@code notification_outbox}, migration V1). Every statement is plain
 * JDBC on the engine's DataSource: inside a transaction it takes part in it, outside it commits
 * on its own. The claim is safe for several nodes sharing one database (see {@link #claim}).
 */
@Repository
public class OutboxRepository {

    static final int MAX_ERROR_LENGTH = 2000;

    private static final String COLUMNS = "id, recipient, subject, body, template, reference, status, attempts, "
            + "next_attempt_at, locked_by, locked_until, last_error, channel, created_at, sent_at";

    /** A row the dispatcher may take: due and waiting, or claimed by a node whose lease has run out. */
    private static final String CLAIMABLE = "((status = 'PENDING' AND next_attempt_at <= :now) "
            + "OR (status = 'SENDING' AND locked_until < :now))";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    public OutboxRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Inserts a PENDING message, due at once; returns its id. Joins the caller's transaction. */
    public long insert(String recipient, String subject, String body, String template, String reference,
            OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notification_outbox (recipient, subject, body, template, reference, status, attempts, "
                        + "next_attempt_at, created_at) "
                        + "VALUES (:recipient, :subject, :body, :template, :reference, 'PENDING', 0, :now, :now)")
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("template", template)
                .param("reference", reference)
                .param("now", now)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Stores a file sent with message {@code messageId}. Joins the caller's transaction. */
    public void insertAttachment(long messageId, int position, MailAttachment attachment) {
        jdbc.sql("INSERT INTO notification_attachment (message_id, position, file_name, media_type, content) "
                        + "VALUES (:message, :position, :name, :type, :content)")
                .param("message", messageId)
                .param("position", position)
                .param("name", attachment.fileName())
                .param("type", attachment.mediaType())
                .param("content", attachment.content())
                .update();
    }

    /** The files sent with a message, in their order. */
    public List<MailAttachment> attachments(long messageId) {
        return jdbc.sql("SELECT file_name, media_type, content FROM notification_attachment "
                        + "WHERE message_id = :message ORDER BY position")
                .param("message", messageId)
                .query((rs, row) -> new MailAttachment(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content")))
                .list();
    }

    /**
     * Claims up to {@code limit} claimable rows for {@code token} until {@code leaseUntil} and returns them.
     * <p>
     * One conditional UPDATE: the outer condition repeats the claimable test, so when two nodes race for
     * a row, the second one re-checks it after the first commits (PostgreSQL re-evaluates the WHERE clause
     * on the newest row version under READ COMMITTED) and leaves it alone. On PostgreSQL the inner
     * SELECT also uses {@code FOR UPDATE SKIP LOCKED}, so nodes take disjoint rows instead of waiting on
     * each other. The token is new for every claim, so the rows read back are exactly the ones won.
     * They come back longest-waiting first: when the dispatcher stops a batch at the first failure, the
     * next round starts with another message, so every message gets its turn during an outage.
     */
    public List<OutboxMessage> claim(String token, OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        String pick = "SELECT id FROM notification_outbox WHERE " + CLAIMABLE + " ORDER BY next_attempt_at, id LIMIT :limit";
        // PostgreSQL may run an IN (subquery) more than once per statement, and each run locks further rows:
        // ARRAY(...) is computed once, so a claim never takes more than its limit
        String chosen = isPostgres() ? "id = ANY (ARRAY(" + pick + " FOR UPDATE SKIP LOCKED))" : "id IN (" + pick + ")";
        int claimed = jdbc.sql("UPDATE notification_outbox SET status = 'SENDING', locked_by = :token, "
                        + "locked_until = :leaseUntil WHERE " + chosen + " AND " + CLAIMABLE)
                .param("token", token)
                .param("leaseUntil", leaseUntil)
                .param("now", now)
                .param("limit", limit)
                .update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox "
                        + "WHERE locked_by = :token AND status = 'SENDING' ORDER BY next_attempt_at, id")
                .param("token", token)
                .query(OutboxRepository::map)
                .list();
    }

    /** Records a delivery; false when the claim was lost meanwhile (the lease ran out and another node took it). */
    public boolean markSent(long id, String token, String channel, OffsetDateTime now) {
        return jdbc.sql("UPDATE notification_outbox SET status = 'SENT', sent_at = :now, channel = :channel, "
                        + "locked_by = NULL, locked_until = NULL, last_error = NULL "
                        + "WHERE id = :id AND locked_by = :token AND status = 'SENDING'")
                .param("now", now)
                .param("channel", channel)
                .param("id", id)
                .param("token", token)
                .update() == 1;
    }

    /** Records a failed attempt and when to try again. */
    public boolean markRetry(long id, String token, int attempts, OffsetDateTime nextAttemptAt, String error) {
        return jdbc.sql("UPDATE notification_outbox SET status = 'PENDING', attempts = :attempts, "
                        + "next_attempt_at = :next, last_error = :error, locked_by = NULL, locked_until = NULL "
                        + "WHERE id = :id AND locked_by = :token AND status = 'SENDING'")
                .param("attempts", attempts)
                .param("next", nextAttemptAt)
                .param("error", truncate(error))
                .param("id", id)
                .param("token", token)
                .update() == 1;
    }

    /** Gives a message up: it stays FAILED until an operator re-queues it. */
    public boolean markFailed(long id, String token, int attempts, String error) {
        return jdbc.sql("UPDATE notification_outbox SET status = 'FAILED', attempts = :attempts, "
                        + "last_error = :error, locked_by = NULL, locked_until = NULL "
                        + "WHERE id = :id AND locked_by = :token AND status = 'SENDING'")
                .param("attempts", attempts)
                .param("error", truncate(error))
                .param("id", id)
                .param("token", token)
                .update() == 1;
    }

    /** Hands claimed but untried rows back, due as they were, without counting an attempt. */
    public int release(Collection<Long> ids, String token) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE notification_outbox SET status = 'PENDING', locked_by = NULL, locked_until = NULL "
                        + "WHERE id IN (:ids) AND locked_by = :token AND status = 'SENDING'")
                .param("ids", ids)
                .param("token", token)
                .update();
    }

    /** Operator action: a FAILED message is tried again from scratch. */
    public boolean requeueFailed(long id, OffsetDateTime now) {
        return jdbc.sql("UPDATE notification_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now "
                        + "WHERE id = :id AND status = 'FAILED'")
                .param("now", now)
                .param("id", id)
                .update() == 1;
    }

    /**
     * Deletes up to {@code limit} messages SENT before {@code sentBefore}, their attachments first; returns how many.
     * Idempotent: two nodes purging at once delete each row once between them.
     */
    public int purgeSent(OffsetDateTime sentBefore, int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM notification_outbox WHERE status = 'SENT' AND sent_at < :before "
                        + "ORDER BY id LIMIT :limit")
                .param("before", sentBefore)
                .param("limit", limit)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.sql("DELETE FROM notification_attachment WHERE message_id IN (:ids)").param("ids", ids).update();
        return jdbc.sql("DELETE FROM notification_outbox WHERE id IN (:ids) AND status = 'SENT'").param("ids", ids).update();
    }

    /** Rows not yet sent, by status (SENT rows are not counted: that table part only grows). */
    public Map<OutboxStatus, Long> countUnsent() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus s : List.of(OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED)) {
            counts.put(s, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM notification_outbox "
                        + "WHERE status IN ('PENDING', 'SENDING', 'FAILED') GROUP BY status")
                .query(rs -> {
                    counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    public Optional<OutboxMessage> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = :id")
                .param("id", id)
                .query(OutboxRepository::map)
                .optional();
    }

    /** Messages about one thing (a task, a process instance), oldest first. */
    public List<OutboxMessage> findByReference(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE reference = :reference ORDER BY id")
                .param("reference", reference)
                .query(OutboxRepository::map)
                .list();
    }

    /** Messages to one address, oldest first. */
    public List<OutboxMessage> findByRecipient(String recipient) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE recipient = :recipient ORDER BY id")
                .param("recipient", recipient)
                .query(OutboxRepository::map)
                .list();
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(dataSource,
                        DatabaseMetaData::getDatabaseProductName);
                known = product != null && product.toLowerCase().contains("postgres");
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the database product name", e);
            }
            postgres = known;
        }
        return known;
    }

    private static String truncate(String error) {
        if (error == null || error.length() <= MAX_ERROR_LENGTH) {
            return error;
        }
        return error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("template"),
                rs.getString("reference"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getString("locked_by"),
                rs.getObject("locked_until", OffsetDateTime.class),
                rs.getString("last_error"),
                rs.getString("channel"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class));
    }
}
