package vn.angiang.editorial.platform.performance;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Planner settings for the application's own PostgreSQL sessions (each pooled connection runs them
 * when it opens), so that the inbox query reads an inbox's rows through indexes instead of scanning
 * every open task:
 * <ul>
 * <li>{@code random_page_cost = 1.1} (PostgreSQL's default, 4, models spinning disks; the engine's
 * runtime tables are small and cached, where PostgreSQL's documentation suggests a value close to
 * 1). With 100,000 open tasks and 3,000 in an inbox, the default cost makes the planner scan the
 * whole task table for each inbox page and count.</li>
 * <li>{@code max_parallel_workers_per_gather = 0}: the engine's short queries gain nothing from
 * parallel workers, whose start-up only adds latency under concurrent load.</li>
 * </ul>
 * {@code editorial.performance.postgres-session-sql} replaces the statement (empty: none). An explicit
 * {@code spring.datasource.hikari.connection-init-sql} is left as it is.
 */
@Configuration(proxyBeanMethods = false)
public class PostgresSessionSettings {

    static final String DEFAULT_SQL = "SET random_page_cost = 1.1; SET max_parallel_workers_per_gather = 0";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSessionSettings.class);

    @Bean
    static BeanPostProcessor postgresSessionSettingsApplier(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())
                        && pool.getConnectionInitSql() == null) {
                    String sql = environment.getProperty("editorial.performance.postgres-session-sql", DEFAULT_SQL);
                    if (!sql.isBlank()) {
                        pool.setConnectionInitSql(sql);
                        LOG.info("PostgreSQL sessions of pool {}: {}", beanName, sql);
                    }
                }
                return bean;
            }
        };
    }

    static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
