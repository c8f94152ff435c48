package vn.angiang.editorial.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server per test JVM (started from a Maven artifact, no installation), with a
 * database per name so that test classes do not see each other's data.
 * Use from a test class: {@code @DynamicPropertySource static void db(DynamicPropertyRegistry r) {
 * EmbeddedPostgresSupport.useDatabase(r, "my_test"); }}
 */
public final class EmbeddedPostgresSupport {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {}

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL nhúng không khởi động được", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }

    /** Creates the database if needed and points the Spring datasource at it. */
    public static void useDatabase(DynamicPropertyRegistry registry, String database) {
        String url = jdbcUrl(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var exists = s.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                s.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Không tạo được cơ sở dữ liệu kiểm thử " + database, e);
        }
        return pg.getJdbcUrl("postgres", database);
    }
}
