package vn.angiang.editorial.platform.publishing;

import vn.angiang.editorial.platform.process.BoardTime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.angiang.editorial.platform.publishing.PublishedItem.State;

/**
 * Puts approved items into the public feed, replaces them by corrections and takes them down.
 * Runs in the caller's transaction (the engine's), so a rolled-back decision publishes nothing.
 */
@Service
public class Publisher {

    private static final String COLUMNS = """
            item_key, item_version, source_kind, source_id, title, summary, body_html, category,
            category_label, contributors, source_agency, audit_path, state, first_published_at,
            published_at, published_by, change_note, ended_at, ended_by, withdrawal_reason""";

    private final JdbcClient jdbc;
    private final HtmlSanitizer sanitizer;
    private final Clock clock;

    public Publisher(JdbcClient jdbc, HtmlSanitizer sanitizer, Clock clock) {
        this.jdbc = jdbc;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    /**
     * Publishes version 1 of an item.
     *
     * @throws IllegalStateException if the source was published already (use {@link #correct})
     */
    @Transactional
    public PublishedItem publish(Publication publication) {
        if (latest(publication.key()).isPresent()) {
            throw new IllegalStateException("Tin bài " + publication.key() + " đã được đăng; hãy dùng đính chính.");
        }
        OffsetDateTime now = now();
        insert(publication, 1, now, now);
        return current(publication.key()).orElseThrow();
    }

    /** Replaces the current version of an item by a corrected one (version + 1). */
    @Transactional
    public PublishedItem correct(Publication publication) {
        PublishedItem current = current(publication.key()).orElseThrow(() -> new IllegalStateException(
                "Tin bài " + publication.key() + " không còn trên Cổng, không thể đính chính."));
        OffsetDateTime now = now();
        jdbc.sql("""
                UPDATE published_item SET state = :superseded, ended_at = :now, ended_by = :by
                 WHERE item_key = :key AND state = :current""")
                .param("superseded", State.SUPERSEDED.name()).param("now", now)
                .param("by", publication.publishedBy()).param("key", current.key())
                .param("current", State.CURRENT.name())
                .update();
        insert(publication, current.version() + 1, current.firstPublishedAt(), now);
        return current(publication.key()).orElseThrow();
    }

    /** Removes an item from the feed; the reason is kept with it (not shown to the public). */
    @Transactional
    public void takeDown(String key, String reason, String by) {
        int changed = jdbc.sql("""
                UPDATE published_item SET state = :takenDown, ended_at = :now, ended_by = :by,
                       withdrawal_reason = :reason
                 WHERE item_key = :key AND state = :current""")
                .param("takenDown", State.TAKEN_DOWN.name()).param("now", now()).param("by", by)
                .param("reason", reason).param("key", key).param("current", State.CURRENT.name())
                .update();
        if (changed == 0) {
            throw new IllegalStateException("Tin bài " + key + " không còn trên Cổng, không thể gỡ.");
        }
    }

    /** The version readers see, if the item is in the feed. */
    public Optional<PublishedItem> current(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_item WHERE item_key = :key AND state = :current")
                .param("key", key).param("current", State.CURRENT.name())
                .query(Publisher::map).optional();
    }

    /** The newest version of an item whatever its state (to tell "taken down" from "never published"). */
    public Optional<PublishedItem> latest(String key) {
        return versions(key).stream().reduce((first, second) -> second);
    }

    /** Every published version of an item, oldest first. */
    public List<PublishedItem> versions(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_item WHERE item_key = :key ORDER BY item_version")
                .param("key", key).query(Publisher::map).list();
    }

    /**
     * The feed: current versions, newest first.
     *
     * @param before only items published before this instant (paging), or null
     * @param limit  at most this many (1–100)
     */
    public List<PublishedItem> feed(OffsetDateTime before, int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        String sql = "SELECT " + COLUMNS + " FROM published_item WHERE state = :current"
                + (before == null ? "" : " AND published_at < :before")
                + " ORDER BY published_at DESC, id DESC FETCH FIRST " + size + " ROWS ONLY";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("current", State.CURRENT.name());
        if (before != null) {
            spec = spec.param("before", before);
        }
        return spec.query(Publisher::map).list();
    }

    private void insert(Publication p, int version, OffsetDateTime firstPublishedAt, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO published_item (item_key, item_version, source_kind, source_id, title, summary,
                       body_html, category, category_label, contributors, source_agency, audit_path, state,
                       first_published_at, published_at, published_by, change_note)
                VALUES (:key, :version, :sourceKind, :sourceId, :title, :summary, :body, :category,
                        :categoryLabel, :contributors, :sourceAgency, :auditPath, :state, :first, :now, :by, :note)""")
                .param("key", p.key()).param("version", version).param("sourceKind", p.sourceKind())
                .param("sourceId", p.sourceId()).param("title", p.title()).param("summary", p.summary())
                .param("body", sanitizer.sanitize(p.bodyHtml())).param("category", p.category())
                .param("categoryLabel", p.categoryLabel()).param("contributors", p.contributors())
                .param("sourceAgency", p.sourceAgency()).param("auditPath", p.auditPath())
                .param("state", State.CURRENT.name()).param("first", firstPublishedAt).param("now", now)
                .param("by", p.publishedBy()).param("note", p.changeNote())
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(BoardTime.ZONE).toOffsetDateTime();
    }

    private static PublishedItem map(ResultSet rs, int row) throws SQLException {
        return new PublishedItem(
                rs.getString("item_key"), rs.getInt("item_version"), rs.getString("source_kind"),
                rs.getLong("source_id"), rs.getString("title"), rs.getString("summary"), rs.getString("body_html"),
                rs.getString("category"), rs.getString("category_label"), rs.getString("contributors"),
                rs.getString("source_agency"), rs.getString("audit_path"), State.valueOf(rs.getString("state")),
                time(rs, "first_published_at"), time(rs, "published_at"), rs.getString("published_by"),
                rs.getString("change_note"), time(rs, "ended_at"), rs.getString("ended_by"),
                rs.getString("withdrawal_reason"));
    }
}
