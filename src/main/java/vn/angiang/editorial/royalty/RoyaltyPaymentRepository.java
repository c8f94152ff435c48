package vn.angiang.editorial.royalty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.Coded;

/** Payments, the payee register and payees' bank details ({@code V11__royalty_payment.sql}). */
@Component
public record RoyaltyPaymentRepository(JdbcClient jdbc) {

    public List<RoyaltyPayment> paymentsOf(long statementId) {
        return jdbc.sql("SELECT * FROM royalty_payment WHERE statement_id = :s ORDER BY position")
                .param("s", statementId).query((rs, i) -> payment(rs)).list();
    }

    /** The payments made in {@code year} (by the statement's month), for the settlement. */
    public List<SettlementLine> paidInYear(int year) {
        return jdbc.sql("""
                SELECT s.period, s.statement_kind, p.payee_name, p.payee_id, p.gross, p.tax_withheld, p.net, p.paid_on
                  FROM royalty_payment p JOIN royalty_statement s ON s.id = p.statement_id
                 WHERE s.period LIKE :y ORDER BY s.period, s.id, p.position""")
                .param("y", year + "-%")
                .query((rs, i) -> new SettlementLine(java.time.YearMonth.parse(rs.getString("period")),
                        rs.getString("statement_kind"), rs.getString("payee_name"),
                        (Long) rs.getObject("payee_id", Long.class), rs.getLong("gross"), rs.getLong("tax_withheld"),
                        rs.getLong("net"), rs.getObject("paid_on", LocalDate.class)))
                .list();
    }

    public boolean paid(long statementId) {
        return jdbc.sql("SELECT COUNT(*) FROM royalty_statement WHERE id = :s AND paid_at IS NOT NULL")
                .param("s", statementId).query(Long.class).single() > 0;
    }

    public void insertPayment(RoyaltyPayment p) {
        jdbc.sql("""
                INSERT INTO royalty_payment (statement_id, position, payee_name, payee_id, gross, tax_withheld, net,
                       method, reference, paid_on, recorded_at, recorded_by)
                VALUES (:s, :pos, :name, :pid, :gross, :tax, :net, :method, :ref, :on, :at, :by)""")
                .param("s", p.statementId()).param("pos", p.position()).param("name", p.payeeName())
                .param("pid", p.payeeId()).param("gross", p.gross()).param("tax", p.taxWithheld())
                .param("net", p.net()).param("method", p.method().code()).param("ref", p.reference())
                .param("on", p.paidOn()).param("at", p.recordedAt()).param("by", p.recordedBy()).update();
    }

    /** Marks the statement paid, once: false when it already was. */
    public boolean markPaid(long statementId, OffsetDateTime now, String by) {
        return jdbc.sql("UPDATE royalty_statement SET paid_at = :now, paid_by = :by WHERE id = :s AND paid_at IS NULL")
                .param("now", now).param("by", by).param("s", statementId).update() == 1;
    }

    public long insertPayee(String name, PayeeKind kind, String taxCode, String idNumber, String userId,
            OffsetDateTime now, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO royalty_payee (full_name, payee_kind, tax_code, id_number, user_id, recorded_at, recorded_by)
                VALUES (:n, :k, :t, :i, :u, :now, :by)""")
                .param("n", name).param("k", kind.code()).param("t", taxCode).param("i", idNumber).param("u", userId)
                .param("now", now).param("by", by).update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Payee> payee(long id) {
        return jdbc.sql("SELECT * FROM royalty_payee WHERE id = :id").param("id", id).query((rs, i) -> payee(rs))
                .optional();
    }

    public List<Payee> payees() {
        return jdbc.sql("SELECT * FROM royalty_payee ORDER BY full_name, id").query((rs, i) -> payee(rs)).list();
    }

    public List<Payee> payeesNamed(String name) {
        return jdbc.sql("SELECT * FROM royalty_payee WHERE full_name = :n ORDER BY id").param("n", name)
                .query((rs, i) -> payee(rs)).list();
    }

    /** The payees of the register with a commitment (08/CK-TNCN) on file for {@code year}. */
    public java.util.Set<Long> committedPayeeIds(int year) {
        return new java.util.HashSet<>(jdbc.sql("SELECT payee_id FROM royalty_payee_commitment WHERE tax_year = :y")
                .param("y", year).query(Long.class).list());
    }

    public boolean payeeCommitmentExists(long payeeId, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM royalty_payee_commitment WHERE payee_id = :p AND tax_year = :y")
                .param("p", payeeId).param("y", year).query(Long.class).single() > 0;
    }

    public void insertPayeeCommitment(long payeeId, int year, String reference, OffsetDateTime now, String by) {
        jdbc.sql("""
                INSERT INTO royalty_payee_commitment (payee_id, tax_year, reference, recorded_at, recorded_by)
                VALUES (:p, :y, :r, :now, :by)""")
                .param("p", payeeId).param("y", year).param("r", reference).param("now", now).param("by", by).update();
    }

    /** The payees of the register whose own account is {@code userId}. */
    public java.util.Set<Long> payeeIdsOfUser(String userId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM royalty_payee WHERE user_id = :u").param("u", userId)
                .query(Long.class).list());
    }

    public boolean taxCodeTaken(String taxCode) {
        return jdbc.sql("SELECT COUNT(*) FROM royalty_payee WHERE tax_code = :t").param("t", taxCode)
                .query(Long.class).single() > 0;
    }

    public Optional<PayeeBank> bank(long payeeId) {
        return jdbc.sql("SELECT * FROM royalty_payee_bank WHERE payee_id = :id").param("id", payeeId)
                .query((rs, i) -> new PayeeBank(rs.getLong("payee_id"), rs.getString("bank_name"),
                        rs.getString("account_number"), rs.getString("account_holder")))
                .optional();
    }

    public void saveBank(PayeeBank bank, OffsetDateTime now, String by) {
        int changed = jdbc.sql("""
                UPDATE royalty_payee_bank SET bank_name = :b, account_number = :a, account_holder = :h,
                       updated_at = :now, updated_by = :by WHERE payee_id = :id""")
                .param("b", bank.bankName()).param("a", bank.accountNumber()).param("h", bank.accountHolder())
                .param("now", now).param("by", by).param("id", bank.payeeId()).update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO royalty_payee_bank (payee_id, bank_name, account_number, account_holder, updated_at,
                           updated_by) VALUES (:id, :b, :a, :h, :now, :by)""")
                    .param("b", bank.bankName()).param("a", bank.accountNumber()).param("h", bank.accountHolder())
                    .param("now", now).param("by", by).param("id", bank.payeeId()).update();
        }
    }

    private static Payee payee(ResultSet rs) throws SQLException {
        return new Payee(rs.getLong("id"), rs.getString("full_name"),
                Coded.byCode(PayeeKind.class, rs.getString("payee_kind")).orElseThrow(), rs.getString("tax_code"),
                rs.getString("id_number"), rs.getString("user_id"));
    }

    private static RoyaltyPayment payment(ResultSet rs) throws SQLException {
        return new RoyaltyPayment(rs.getLong("id"), rs.getLong("statement_id"), rs.getInt("position"),
                rs.getString("payee_name"), (Long) rs.getObject("payee_id", Long.class), rs.getLong("gross"),
                rs.getLong("tax_withheld"), rs.getLong("net"),
                Coded.byCode(PaymentMethod.class, rs.getString("method")).orElseThrow(), rs.getString("reference"),
                rs.getObject("paid_on", LocalDate.class), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("recorded_by"));
    }
}
