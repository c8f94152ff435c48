package vn.angiang.editorial.platform.performance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Puts statements of our own in place of engine statements, on PostgreSQL only: the mapper is added
 * to the engine's MyBatis configuration and the engine's statement ids are mapped to ours (the
 * mechanism the engine itself uses for database-specific statements).
 */
final class PostgresStatements {

    private PostgresStatements() {}

    static boolean isPostgres(ProcessEngineConfigurationImpl engine) {
        return DbSqlSessionFactory.POSTGRES.equals(engine.getDatabaseType());
    }

    /**
     * Registers {@code mapperXml} (namespace {@code namespace}) and maps each of {@code statementIds}
     * to the statement of the same id in it. Returns false, changing nothing, if the engine already maps
     * one of them.
     */
    static boolean replace(ProcessEngineConfigurationImpl engine, String namespace, String mapperXml,
            List<String> statementIds) {
        DbSqlSessionFactory statements = engine.getDbSqlSessionFactory();
        Map<String, String> mappings = new HashMap<>();
        if (statements.getStatementMappings() != null) {
            mappings.putAll(statements.getStatementMappings());
        }
        if (statementIds.stream().anyMatch(mappings::containsKey)) {
            return false;
        }
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        if (!mybatis.hasStatement(namespace + "." + statementIds.get(0), false)) {
            new XMLMapperBuilder(new ByteArrayInputStream(mapperXml.getBytes(StandardCharsets.UTF_8)), mybatis,
                    namespace, mybatis.getSqlFragments()).parse();
        }
        statementIds.forEach(id -> mappings.put(id, namespace + "." + id));
        statements.setStatementMappings(mappings);
        return true;
    }

    static String read(String resource) {
        try (InputStream in = PostgresStatements.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing class path resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
