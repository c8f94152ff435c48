package vn.angiang.editorial.royalty;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.Coded;

/** The statements, their works and shares ({@code V9__royalty.sql}); method names say the change. */
@Component
public record RoyaltyRepository(JdbcClient jdbc) {

    /** The regular statement of {@code period}, if one was drafted. */
    public Optional<RoyaltyStatement> regularOf(YearMonth period) {
        return jdbc.sql("SELECT id FROM royalty_statement WHERE regular_period = :p").param("p", period.toString())
                .query(Long.class).optional().flatMap(this::find);
    }

    public Optional<RoyaltyStatement> find(long id) {
        return jdbc.sql("SELECT * FROM royalty_statement WHERE id = :id").param("id", id)
                .query((rs, i) -> statement(rs, works(id), fees(id))).optional();
    }

    /** A new statement of {@code period}: the regular one takes the month's only regular slot. */
    public long insertStatement(YearMonth period, StatementKind kind, String processInstanceId, OffsetDateTime now,
            String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO royalty_statement (period, statement_kind, regular_period, status, process_instance_id,
                       total_amount, drafted_at, drafted_by)
                VALUES (:p, :kind, :rp, :status, :pi, 0, :now, :by)""")
                .param("p", period.toString()).param("kind", kind.code())
                .param("rp", kind == StatementKind.REGULAR ? period.toString() : null)
                .param("status", StatementStatus.DRAFTED.code()).param("pi", processInstanceId)
                .param("now", now).param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    /** The supplementary statements of {@code period}, oldest first. */
    public List<RoyaltyStatement> supplementaryOf(YearMonth period) {
        return jdbc.sql("SELECT id FROM royalty_statement WHERE period = :p AND statement_kind = :k ORDER BY id")
                .param("p", period.toString()).param("k", StatementKind.SUPPLEMENTARY.code()).query(Long.class).list()
                .stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** The published items already on a statement of {@code period} (regular or supplementary). */
    public java.util.Set<Long> itemsOnStatements(YearMonth period) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT w.published_item_id FROM royalty_work w JOIN royalty_statement s ON s.id = w.statement_id
                 WHERE s.period = :p""").param("p", period.toString()).query(Long.class).list());
    }

    public void insertWork(long statementId, RoyaltyWork w) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO royalty_work (statement_id, position, published_item_id, submission_id, item_key, title,
                       field_code, field_group, work_kind, published_on, unit_value, base_salary, base_salary_source,
                       coefficient, amount, corrects_work_id)
                VALUES (:s, :pos, :item, :sub, :key, :title, :field, :fg, :kind, :on, :unit, :base, :src, :c, :a,
                       :corrects)""")
                .param("s", statementId).param("pos", w.position()).param("item", w.publishedItemId())
                .param("sub", w.submissionId()).param("key", w.itemKey()).param("title", w.title())
                .param("field", w.fieldCode()).param("fg", w.fieldGroup()).param("kind", w.kind())
                .param("on", w.publishedOn()).param("unit", w.unitValue()).param("base", w.baseSalary())
                .param("src", w.baseSalarySource()).param("c", w.coefficient()).param("a", w.amount())
                .param("corrects", w.correctsWorkId()).update(key, "id");
        long workId = key.getKey().longValue();
        insertShares(workId, w.shares());
    }

    private void insertShares(long workId, List<RoyaltyShare> shares) {
        for (RoyaltyShare s : shares) {
            jdbc.sql("""
                    INSERT INTO royalty_share (work_id, position, payee_name, contribution, payee_kind, outside_duty,
                           share_percent, amount, note, payee_id)
                    VALUES (:w, :pos, :name, :c, :kind, :out, :pct, :amount, :note, :pid)""")
                    .param("w", workId).param("pos", s.position()).param("name", s.name())
                    .param("c", s.contribution()).param("kind", s.payeeKind().code()).param("out", s.outsideDuty())
                    .param("pct", s.percent()).param("amount", s.amount()).param("note", s.note())
                    .param("pid", s.payeeId()).update();
        }
    }

    /** Removes the correction lines of a statement being scored (never of an approved one), to be scored anew. */
    public void deleteCorrections(long statementId) {
        jdbc.sql("""
                DELETE FROM royalty_share WHERE work_id IN (SELECT w.id FROM royalty_work w JOIN royalty_statement s
                       ON s.id = w.statement_id WHERE w.statement_id = :s AND w.corrects_work_id IS NOT NULL
                       AND s.status <> :approved)""")
                .param("s", statementId).param("approved", StatementStatus.APPROVED.code()).update();
        jdbc.sql("""
                DELETE FROM royalty_work WHERE statement_id = :s AND corrects_work_id IS NOT NULL
                   AND statement_id IN (SELECT id FROM royalty_statement WHERE status <> :approved)""")
                .param("s", statementId).param("approved", StatementStatus.APPROVED.code()).update();
    }

    public void markProposed(long workId, BigDecimal coefficient, String by) {
        jdbc.sql("UPDATE royalty_work SET proposed_coefficient = :c, proposed_by = :by WHERE id = :id")
                .param("c", coefficient).param("by", by).param("id", workId).update();
    }

    /** The IT center's scoring of one work: its kind, coefficient, amount and shares replace the previous ones. */
    public void markScored(RoyaltyWork w) {
        jdbc.sql("UPDATE royalty_work SET work_kind = :kind, coefficient = :c, amount = :a WHERE id = :id")
                .param("kind", w.kind()).param("c", w.coefficient()).param("a", w.amount()).param("id", w.id()).update();
        jdbc.sql("DELETE FROM royalty_share WHERE work_id = :id").param("id", w.id()).update();
        insertShares(w.id(), w.shares());
    }

    public void markStatementScored(long id, long total, OffsetDateTime now, String by) {
        jdbc.sql("""
                UPDATE royalty_statement SET status = :st, total_amount = :t, scored_at = :now, scored_by = :by
                 WHERE id = :id""")
                .param("st", StatementStatus.SCORED.code()).param("t", total).param("now", now).param("by", by)
                .param("id", id).update();
    }

    public void markApproved(long id, OffsetDateTime now, String by, String forWhom, String delegationRef) {
        jdbc.sql("""
                UPDATE royalty_statement SET status = :st, approved_at = :now, approved_by = :by, approved_for = :for,
                       delegation_ref = :ref, return_comment = NULL WHERE id = :id AND status = :scored""")
                .param("st", StatementStatus.APPROVED.code()).param("now", now).param("by", by).param("for", forWhom)
                .param("ref", delegationRef).param("id", id).param("scored", StatementStatus.SCORED.code()).update();
    }

    public void markReturned(long id, String comment) {
        jdbc.sql("UPDATE royalty_statement SET status = :st, return_comment = :c WHERE id = :id AND status = :scored")
                .param("st", StatementStatus.RETURNED.code()).param("c", comment).param("id", id)
                .param("scored", StatementStatus.SCORED.code()).update();
    }

    public void attachPaper(long id, long paperId, String symbol) {
        jdbc.sql("UPDATE royalty_statement SET paper_id = :p, paper_symbol = :s WHERE id = :id")
                .param("p", paperId).param("s", symbol).param("id", id).update();
    }

    /** The payees with a commitment (08/CK-TNCN) on file for {@code year}. */
    public java.util.Set<String> committedPayees(int year) {
        return new java.util.HashSet<>(jdbc.sql("SELECT payee_name FROM royalty_tax_commitment WHERE tax_year = :y")
                .param("y", year).query(String.class).list());
    }

    public boolean commitmentExists(String name, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM royalty_tax_commitment WHERE payee_name = :n AND tax_year = :y")
                .param("n", name).param("y", year).query(Long.class).single() > 0;
    }

    public void insertCommitment(String name, int year, String reference, OffsetDateTime now, String by) {
        jdbc.sql("""
                INSERT INTO royalty_tax_commitment (payee_name, tax_year, reference, recorded_at, recorded_by)
                VALUES (:n, :y, :r, :now, :by)""")
                .param("n", name).param("y", year).param("r", reference).param("now", now).param("by", by).update();
    }

    private List<RoyaltyWork> works(long statementId) {
        Map<Long, List<RoyaltyShare>> shares = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT sh.* FROM royalty_share sh JOIN royalty_work w ON w.id = sh.work_id
                 WHERE w.statement_id = :s ORDER BY sh.work_id, sh.position""").param("s", statementId)
                .query(rs -> {
                    shares.computeIfAbsent(rs.getLong("work_id"), k -> new ArrayList<>()).add(new RoyaltyShare(
                            rs.getInt("position"), rs.getString("payee_name"), rs.getString("contribution"),
                            Coded.byCode(PayeeKind.class, rs.getString("payee_kind")).orElseThrow(),
                            rs.getBoolean("outside_duty"), rs.getInt("share_percent"), rs.getLong("amount"),
                            rs.getString("note"), (Long) rs.getObject("payee_id", Long.class)));
                });
        return jdbc.sql("SELECT * FROM royalty_work WHERE statement_id = :s ORDER BY position").param("s", statementId)
                .query((rs, i) -> new RoyaltyWork(rs.getLong("id"), rs.getInt("position"),
                        rs.getLong("published_item_id"), rs.getLong("submission_id"), rs.getString("item_key"),
                        rs.getString("title"), rs.getString("field_code"), rs.getString("field_group"),
                        rs.getString("work_kind"), rs.getObject("published_on", java.time.LocalDate.class),
                        rs.getLong("unit_value"), rs.getLong("base_salary"), rs.getString("base_salary_source"),
                        rs.getBigDecimal("proposed_coefficient"), rs.getString("proposed_by"),
                        rs.getBigDecimal("coefficient"), rs.getLong("amount"),
                        shares.getOrDefault(rs.getLong("id"), List.of()),
                        (Long) rs.getObject("corrects_work_id", Long.class)))
                .list();
    }

    public void insertFee(long statementId, FeeLine f) {
        jdbc.sql("""
                INSERT INTO royalty_fee (statement_id, position, user_id, payee_name, group_id, amount, source)
                VALUES (:s, :pos, :u, :n, :g, :a, :src)""")
                .param("s", statementId).param("pos", f.position()).param("u", f.userId()).param("n", f.name())
                .param("g", f.groupId()).param("a", f.amount()).param("src", f.source()).update();
    }

    private List<FeeLine> fees(long statementId) {
        return jdbc.sql("SELECT * FROM royalty_fee WHERE statement_id = :s ORDER BY position").param("s", statementId)
                .query((rs, i) -> new FeeLine(rs.getInt("position"), rs.getString("user_id"),
                        rs.getString("payee_name"), rs.getString("group_id"), rs.getLong("amount"),
                        rs.getString("source")))
                .list();
    }

    private static RoyaltyStatement statement(ResultSet rs, List<RoyaltyWork> works, List<FeeLine> fees)
            throws SQLException {
        long paper = rs.getLong("paper_id");
        Long paperId = rs.wasNull() ? null : paper;
        return new RoyaltyStatement(rs.getLong("id"), YearMonth.parse(rs.getString("period")),
                Coded.byCode(StatementKind.class, rs.getString("statement_kind")).orElseThrow(),
                Coded.byCode(StatementStatus.class, rs.getString("status")).orElseThrow(),
                rs.getString("process_instance_id"), rs.getLong("total_amount"),
                rs.getObject("drafted_at", OffsetDateTime.class), rs.getString("drafted_by"), rs.getString("scored_by"),
                rs.getString("approved_by"), rs.getString("approved_for"), rs.getString("delegation_ref"),
                rs.getString("return_comment"), paperId, rs.getString("paper_symbol"), works, fees);
    }
}
