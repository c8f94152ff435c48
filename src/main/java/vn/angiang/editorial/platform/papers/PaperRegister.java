package vn.angiang.editorial.platform.papers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.angiang.editorial.platform.process.BoardTime;

/** SQL of the register of papers (tables {@code paper_counter}, {@code paper_register}, {@code paper_file}, V6). */
@Repository
class PaperRegister {

    private static final String COLUMNS = "id, kind, paper_year, number, symbol, process_key, record_key, title, "
            + "issued_on, issued_at, issued_by, signed_by, signature, signed_for, delegation_ref";

    /** tries of {@link #nextNumber} before it gives up */
    private static final int ATTEMPTS = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    PaperRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next number of the series ({@code issuer}, {@code kind}, {@code year}), taken in the running
     * transaction: the series' row stays locked until it ends, so a second node asking meanwhile waits and
     * then gets the number after; a rollback gives the number back.
     * <p>
     * H2 waits two seconds for a lock and then fails the statement (not the transaction): the number is
     * asked again. PostgreSQL waits as long as it takes.
     */
    int nextNumber(String issuer, PaperKind kind, int year) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Số văn bản chỉ được cấp trong giao dịch phát hành văn bản");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                if (raise(issuer, kind, year) == 1) {
                    return jdbc.sql("SELECT last_number FROM paper_counter "
                                    + "WHERE issuer = :issuer AND kind = :kind AND paper_year = :year")
                            .param("issuer", issuer).param("kind", kind.name()).param("year", year)
                            .query(Integer.class).single();
                }
                open(issuer, kind, year);
            } catch (TransientDataAccessException lockWaitedTooLong) {
                if (attempt == ATTEMPTS) {
                    throw lockWaitedTooLong;
                }
            }
        }
    }

    /**
     * Opens a series, no number given yet, in a transaction of its own that commits at once: so two nodes
     * opening it at the same moment never wait on each other's issuing (the second one's row is refused by
     * the key, and the first one's serves both). Once a year per kind.
     */
    private void open(String issuer, PaperKind kind, int year) {
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.sql("INSERT INTO paper_counter (issuer, kind, paper_year, "
                            + "last_number) VALUES (:issuer, :kind, :year, 0)")
                    .param("issuer", issuer).param("kind", kind.name()).param("year", year).update());
        } catch (DuplicateKeyException openedMeanwhile) {
            // by another transaction, which is as good
        }
    }

    private int raise(String issuer, PaperKind kind, int year) {
        return jdbc.sql("UPDATE paper_counter SET last_number = last_number + 1 "
                        + "WHERE issuer = :issuer AND kind = :kind AND paper_year = :year")
                .param("issuer", issuer).param("kind", kind.name()).param("year", year)
                .update();
    }

    /** Stores {@code paper} (its id ignored) of {@code issuer} with its files; returns it with its id. */
    IssuedPaper add(String issuer, IssuedPaper paper, Map<PaperFormat, byte[]> files) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO paper_register (issuer, kind, paper_year, number, symbol, process_key, record_key, title, "
                        + "issued_on, issued_at, issued_by, signed_by, signature, signed_for, delegation_ref) "
                        + "VALUES (:issuer, :kind, :year, :number, :symbol, :process, :record, :title, :issuedOn, "
                        + ":issuedAt, :issuedBy, :signedBy, :signature, :signedFor, :delegation)")
                .param("issuer", issuer).param("kind", paper.kind().name()).param("year", paper.year())
                .param("number", paper.number()).param("symbol", paper.symbol())
                .param("process", paper.processKey()).param("record", paper.recordKey()).param("title", paper.title())
                .param("issuedOn", paper.issuedOn()).param("issuedAt", paper.issuedAt())
                .param("issuedBy", paper.issuedBy()).param("signedBy", paper.signedBy())
                .param("signature", paper.signature()).param("signedFor", paper.signedFor())
                .param("delegation", paper.delegationRef())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        files.forEach((format, content) -> jdbc.sql("INSERT INTO paper_file (paper_id, format, content) "
                        + "VALUES (:id, :format, :content)")
                .param("id", id).param("format", format.name()).param("content", content).update());
        return find(id).orElseThrow();
    }

    /** The papers of one record, in the order they were issued. */
    List<IssuedPaper> list(String processKey, String recordKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM paper_register WHERE process_key = :process AND record_key = :record "
                        + "ORDER BY issued_at, id")
                .param("process", processKey).param("record", recordKey)
                .query(PaperRegister::map).list();
    }

    Optional<IssuedPaper> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM paper_register WHERE id = :id")
                .param("id", id).query(PaperRegister::map).optional();
    }

    Optional<byte[]> file(long id, PaperFormat format) {
        return jdbc.sql("SELECT content FROM paper_file WHERE paper_id = :id AND format = :format")
                .param("id", id).param("format", format.name())
                .query((rs, row) -> rs.getBytes("content")).optional();
    }

    private static IssuedPaper map(ResultSet rs, int row) throws SQLException {
        return new IssuedPaper(rs.getLong("id"), PaperKind.valueOf(rs.getString("kind")), rs.getInt("paper_year"),
                rs.getInt("number"), rs.getString("symbol"), rs.getString("process_key"), rs.getString("record_key"),
                rs.getString("title"), rs.getObject("issued_on", LocalDate.class),
                BoardTime.local(rs.getObject("issued_at", OffsetDateTime.class)), rs.getString("issued_by"),
                rs.getString("signed_by"), rs.getString("signature"), rs.getString("signed_for"),
                rs.getString("delegation_ref"));
    }
}
