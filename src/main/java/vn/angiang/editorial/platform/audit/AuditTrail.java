package vn.angiang.editorial.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The audit trail every process writes (table {@code audit_entry}): an entry is added in the transaction
 * of the work it records and never changed or removed afterwards. There is no update or delete here,
 * and on PostgreSQL a trigger refuses them to anyone.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one entry: {@code actor} (who, in which group, for whom) did {@code fact} to the record
     * {@code recordKey} of {@code processKey} at the model's element {@code element}.
     */
    public void record(String processKey, String recordKey, String element, Actor actor, AuditFact fact) {
        Objects.requireNonNull(processKey, "processKey");
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(actor, "actor");
        jdbc.sql("""
                INSERT INTO audit_entry (process_key, record_key, element_id, task_id, actor_id, actor_group,
                       acting_for, delegation_ref, occurred_at, action, comment, detail, content_version)
                VALUES (:process, :record, :element, :task, :actor, :group, :actingFor, :delegation, :at, :action,
                        :comment, :detail, :version)""")
                .param("process", processKey).param("record", recordKey).param("element", element)
                .param("task", fact.taskId()).param("actor", actor.userId()).param("group", actor.group())
                .param("actingFor", actor.actingFor()).param("delegation", actor.delegation())
                .param("at", fact.at()).param("action", fact.action()).param("comment", fact.comment())
                .param("detail", fact.detail()).param("version", fact.contentVersion())
                .update();
    }

    /** The trail of one record, in the order it happened. */
    public List<AuditEntry> entries(String processKey, String recordKey) {
        return jdbc.sql("""
                SELECT id, process_key, record_key, element_id, task_id, actor_id, actor_group, acting_for,
                       delegation_ref, occurred_at, action, comment, detail, content_version
                  FROM audit_entry WHERE process_key = :process AND record_key = :record
                 ORDER BY occurred_at, id""")
                .param("process", processKey).param("record", recordKey)
                .query(AuditTrail::map)
                .list();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        Object version = rs.getObject("content_version");
        return new AuditEntry(rs.getLong("id"), rs.getString("process_key"), rs.getString("record_key"),
                rs.getString("element_id"), rs.getString("task_id"), rs.getString("actor_id"),
                rs.getString("actor_group"), rs.getString("acting_for"), rs.getString("delegation_ref"),
                BoardTime.local(rs.getObject("occurred_at", OffsetDateTime.class)), rs.getString("action"),
                rs.getString("comment"), rs.getString("detail"), version == null ? null : rs.getInt("content_version"));
    }
}
