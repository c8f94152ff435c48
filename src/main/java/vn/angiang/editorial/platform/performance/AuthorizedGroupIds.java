package vn.angiang.editorial.platform.performance;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, answers the engine's "which groups hold any authorization?" (asked once by every
 * command that checks authorizations: each Tasklist request runs several) with an index walk instead
 * of reading the whole authorization table, which holds one row per open task and candidate group.
 * The statement and the figures are in {@code platform/performance/authorized-group-ids.xml}.
 */
@Component
public class AuthorizedGroupIds extends AbstractProcessEnginePlugin {

    static final String NAMESPACE = "vn.angiang.editorial.platform.performance.AuthorizedGroupIds";
    static final String STATEMENT = "selectAuthorizedGroupIds";
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizedGroupIds.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        if (PostgresStatements.isPostgres(engine) && !PostgresStatements.replace(engine, NAMESPACE,
                PostgresStatements.read("platform/performance/authorized-group-ids.xml"), List.of(STATEMENT))) {
            LOG.warn("The engine already maps {} for this database: left as it is", STATEMENT);
        }
    }
}
