package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.process.Coded;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Persistence of submissions and their contributors (Spring JDBC, no ORM); their trail is in {@link ContentTrail}. */
@Repository
public class ContentRepository {

    private final JdbcClient jdbc;

    public ContentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Submission s) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO content_submission (process_instance_id, submitter_id, submitter_group, source_agency,
                       title, summary, body_html, content_type, field_code, urgency, requested_publication_date,
                       status, content_version, appraiser_group, head_approval_required, deadline_days,
                       created_at, updated_at)
                VALUES (:pi, :submitter, :submitterGroup, :agency, :title, :summary, :body, :type, :field, :urgency,
                        :requested, :status, :version, :appraiser, :head, :days, :created, :updated)""")
                .param("pi", s.processInstanceId()).param("submitter", s.submitterId())
                .param("submitterGroup", s.submitterGroup()).param("agency", s.sourceAgency())
                .param("title", s.title()).param("summary", s.summary()).param("body", s.bodyHtml())
                .param("type", s.contentType().code()).param("field", s.field()).param("urgency", s.urgency().code())
                .param("requested", s.requestedPublicationDate() == null ? null : Date.valueOf(s.requestedPublicationDate()))
                .param("status", s.status().name()).param("version", s.contentVersion())
                .param("appraiser", s.appraiserGroup()).param("head", s.headApprovalRequired())
                .param("days", s.deadlineDays()).param("created", s.createdAt()).param("updated", s.updatedAt())
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 1;
        for (Contributor contributor : s.contributors()) {
            jdbc.sql("INSERT INTO content_contributor (submission_id, position, name, role) VALUES (:id, :pos, :name, :role)")
                    .param("id", id).param("pos", position++).param("name", contributor.name())
                    .param("role", contributor.role().code())
                    .update();
        }
        return id;
    }

    void update(Submission s) {
        jdbc.sql("""
                UPDATE content_submission SET title = :title, summary = :summary, body_html = :body,
                       content_type = :type, field_code = :field, urgency = :urgency, status = :status,
                       content_version = :version, appraiser_group = :appraiser, head_approval_required = :head,
                       deadline_days = :days, published_item_key = :itemKey, updated_at = :updated
                 WHERE id = :id""")
                .param("title", s.title()).param("summary", s.summary()).param("body", s.bodyHtml())
                .param("type", s.contentType().code()).param("field", s.field()).param("urgency", s.urgency().code())
                .param("status", s.status().name()).param("version", s.contentVersion())
                .param("appraiser", s.appraiserGroup()).param("head", s.headApprovalRequired())
                .param("days", s.deadlineDays()).param("itemKey", s.publishedItemKey())
                .param("updated", s.updatedAt()).param("id", s.id())
                .update();
    }

    /** The process instance that now handles the record (a correction after the first instance ended). */
    void rebind(long id, String processInstanceId) {
        jdbc.sql("UPDATE content_submission SET process_instance_id = :pi WHERE id = :id")
                .param("pi", processInstanceId).param("id", id).update();
    }

    /** Reads a submission and locks its row until the transaction ends (two decisions never interleave). */
    Optional<Submission> findForUpdate(long id) {
        return find(id, " FOR UPDATE");
    }

    public Optional<Submission> find(long id) {
        return find(id, "");
    }

    private Optional<Submission> find(long id, String lock) {
        List<Contributor> contributors = jdbc.sql(
                "SELECT name, role FROM content_contributor WHERE submission_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, row) -> new Contributor(rs.getString("name"),
                        Coded.byCode(ContributorRole.class, rs.getString("role")).orElseThrow()))
                .list();
        return jdbc.sql("SELECT * FROM content_submission WHERE id = :id" + lock)
                .param("id", id)
                .query((rs, row) -> map(rs, contributors))
                .optional();
    }

    public Optional<Submission> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("SELECT id FROM content_submission WHERE process_instance_id = :pi")
                .param("pi", processInstanceId).query(Long.class).optional().flatMap(this::find);
    }

    private static Submission map(ResultSet rs, List<Contributor> contributors) throws SQLException {
        Date requested = rs.getDate("requested_publication_date");
        Object head = rs.getObject("head_approval_required");
        Object days = rs.getObject("deadline_days");
        return new Submission(
                rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("submitter_id"),
                rs.getString("submitter_group"), rs.getString("source_agency"), rs.getString("title"),
                rs.getString("summary"), rs.getString("body_html"),
                Coded.byCode(ContentType.class, rs.getString("content_type")).orElseThrow(), rs.getString("field_code"),
                Coded.byCode(Urgency.class, rs.getString("urgency")).orElseThrow(),
                requested == null ? null : requested.toLocalDate(),
                SubmissionStatus.valueOf(rs.getString("status")), rs.getInt("content_version"),
                rs.getString("appraiser_group"), head == null ? null : rs.getBoolean("head_approval_required"),
                days == null ? null : rs.getInt("deadline_days"), rs.getString("published_item_key"),
                time(rs, "created_at"), time(rs, "updated_at"), contributors);
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(BoardTime.ZONE).toOffsetDateTime();
    }
}
