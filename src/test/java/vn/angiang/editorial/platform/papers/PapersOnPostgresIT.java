package vn.angiang.editorial.platform.papers;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * {@link PapersTest} on PostgreSQL, the database several nodes share in production: the same migration,
 * and the same papers issued at the same moment never sharing a number.
 */
class PapersOnPostgresIT extends PapersTest {

    @Override
    DataSource newDatabase() {
        return new DriverManagerDataSource(EmbeddedPostgresSupport.jdbcUrl(EmbeddedPostgresSupport.newDatabase()),
                EmbeddedPostgresSupport.USER, "postgres");
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
