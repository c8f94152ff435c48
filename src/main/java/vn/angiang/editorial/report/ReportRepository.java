package vn.angiang.editorial.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.angiang.editorial.platform.process.Coded;

/** The reports ({@code board_report}) and the agencies reminded ({@code agency_reminder}) of V10. */
@Component
public record ReportRepository(JdbcClient jdbc) {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();


    public long insert(ReportFigures figures, String processInstanceId, OffsetDateTime at, String by) {
        ReportPeriod p = figures.period();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO board_report (report_kind, period_from, period_to, monthly_period, status, process_instance_id,
                       figures, drafted_at, drafted_by)
                VALUES (:kind, :from, :to, :monthly, :status, :pi, :figures, :at, :by)""")
                .param("kind", p.kind().code()).param("from", p.from()).param("to", p.to())
                .param("monthly", p.kind() == ReportKind.MONTHLY ? p.key() : null)
                .param("status", ReportStatus.DRAFTED.code()).param("pi", processInstanceId)
                .param("figures", json(figures)).param("at", at).param("by", by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void writeNarrative(long id, String assessment, String nextTasks, String proposals, String by) {
        jdbc.sql("""
                UPDATE board_report SET assessment = :a, next_tasks = :n, proposals = :p, written_by = :by, status = :s
                 WHERE id = :id""")
                .param("a", assessment).param("n", nextTasks).param("p", proposals).param("by", by)
                .param("s", ReportStatus.WRITTEN.code()).param("id", id).update();
    }

    public void decide(long id, ReportStatus status, String by, String comment) {
        jdbc.sql("UPDATE board_report SET status = :s, reviewed_by = COALESCE(:by, reviewed_by), review_comment = :c"
                        + " WHERE id = :id")
                .param("s", status.code()).param("by", by).param("c", comment).param("id", id).update();
    }

    public void issued(long id, String signedBy, String signedFor, String delegationRef, OffsetDateTime at, long paperId,
            String symbol) {
        jdbc.sql("""
                UPDATE board_report SET status = :s, signed_by = :by, signed_for = :for, delegation_ref = :ref,
                       issued_at = :at, paper_id = :paper, paper_symbol = :symbol WHERE id = :id""")
                .param("s", ReportStatus.ISSUED.code()).param("by", signedBy).param("for", signedFor)
                .param("ref", delegationRef).param("at", at).param("paper", paperId).param("symbol", symbol)
                .param("id", id).update();
    }

    public Optional<BoardReport> find(long id) {
        return jdbc.sql("SELECT * FROM board_report WHERE id = :id").param("id", id).query(this::report).optional();
    }

    public Optional<BoardReport> monthly(String month) {
        return jdbc.sql("SELECT * FROM board_report WHERE monthly_period = :m").param("m", month).query(this::report)
                .optional();
    }

    public boolean monthlyExists(String month) {
        return jdbc.sql("SELECT COUNT(*) FROM board_report WHERE monthly_period = :m").param("m", month)
                .query(Long.class).single() > 0;
    }

    /** Records that {@code group} was reminded for {@code month}; false when it already was (another node, a rerun). */
    public boolean remind(String group, String month, int duty, long provided, OffsetDateTime at) {
        if (jdbc.sql("SELECT COUNT(*) FROM agency_reminder WHERE agency_group = :g AND period = :m")
                .params(Map.of("g", group, "m", month)).query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO agency_reminder (agency_group, period, duty, provided, reminded_at)
                VALUES (:g, :m, :duty, :provided, :at)""")
                .param("g", group).param("m", month).param("duty", duty).param("provided", provided).param("at", at)
                .update();
        return true;
    }

    /** The agencies reminded of their information duty for {@code month}, by group id. */
    public List<String> remindedIn(String month) {
        return jdbc.sql("SELECT agency_group FROM agency_reminder WHERE period = :m AND duty > 0 ORDER BY agency_group")
                .param("m", month).query(String.class).list();
    }

    /** The reminders of {@code month} to agencies reminded of their duty also the month before (repeat cases). */
    public List<Reminder> repeatCases(String month, String monthBefore) {
        return jdbc.sql("""
                SELECT r.agency_group, r.duty, r.provided FROM agency_reminder r
                 WHERE r.period = :m AND r.duty > 0 AND EXISTS (SELECT 1 FROM agency_reminder b
                       WHERE b.agency_group = r.agency_group AND b.period = :before AND b.duty > 0)
                 ORDER BY r.agency_group""")
                .param("m", month).param("before", monthBefore)
                .query((rs, i) -> new Reminder(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    /** An agency reminded of its duty: the duty and what it had provided on the reminder day. */
    public record Reminder(String agencyGroup, int duty, int provided) {
    }

    /** The months {@code group} was reminded of its information duty, newest first. */
    public List<String> remindedMonths(String group) {
        return jdbc.sql("SELECT period FROM agency_reminder WHERE agency_group = :g AND duty > 0 ORDER BY period DESC")
                .param("g", group).query(String.class).list();
    }

    private BoardReport report(ResultSet rs, int row) throws SQLException {
        ReportKind kind = Coded.byCode(ReportKind.class, rs.getString("report_kind")).orElseThrow();
        long paper = rs.getLong("paper_id");
        return new BoardReport(rs.getLong("id"),
                new ReportPeriod(kind, rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class)),
                Coded.byCode(ReportStatus.class, rs.getString("status")).orElseThrow(), rs.getString("process_instance_id"),
                figures(rs.getString("figures")), rs.getString("assessment"), rs.getString("next_tasks"),
                rs.getString("proposals"), rs.getObject("drafted_at", OffsetDateTime.class), rs.getString("drafted_by"),
                rs.getString("written_by"), rs.getString("reviewed_by"), rs.getString("review_comment"),
                rs.getString("signed_by"), rs.getString("signed_for"), rs.getString("delegation_ref"),
                rs.getObject("issued_at", OffsetDateTime.class), paper == 0 ? null : paper,
                rs.getString("paper_symbol"));
    }

    static String json(ReportFigures figures) {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReportFigures figures(String json) {
        try {
            return JSON.readValue(json, ReportFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Số liệu của báo cáo không đọc được: " + e.getMessage(), e);
        }
    }
}
