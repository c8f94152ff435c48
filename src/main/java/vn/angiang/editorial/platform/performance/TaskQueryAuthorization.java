package vn.angiang.editorial.platform.performance;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps Tasklist's inbox fast on PostgreSQL when many tasks are open.
 *
 * <p>Every group sees only the tasks it is a candidate for because the engine writes one
 * authorization row per task and candidate group (see {@code AuthorizationTable}). The engine's task
 * query checks them with {@code LEFT JOIN (authorizations of the user's groups) AUTH ON
 * AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}: PostgreSQL cannot hash a join on an OR of columns, so
 * it compares every task of the inbox with every authorization row of the user's groups — the time
 * grows with the square of the inbox (1,266 tasks: 1.6 million comparisons, 1.4 s; 10,000 tasks:
 * minutes), and both the page and the count Tasklist asks for pay it.
 *
 * <p>On PostgreSQL this plugin registers the same two statements (task list and count) with the
 * check written as one {@code EXISTS} per permission (task READ, process definition READ_TASK, and
 * '*'), which PostgreSQL answers with an index lookup or a hash per task. The rule is the engine's;
 * the rest of the statement text is copied from the engine's mapping at start, so every filter
 * criterion keeps working. If the engine's mapping is not the one this was written for (another
 * engine version), the engine's own statements stay and a warning is logged.
 * {@code editorial.performance.task-query-exists-check=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "editorial.performance.task-query-exists-check", havingValue = "true", matchIfMissing = true)
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(TaskQueryAuthorization.class);
    private static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
    private static final String FRAGMENTS = "platform/performance/task-authorization-check.xml";

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        if (!PostgresStatements.isPostgres(engine)) {
            return;
        }
        Optional<String> mapper = TaskQueryMapping.rewrite(PostgresStatements.read(ENGINE_TASK_MAPPING),
                PostgresStatements.read(FRAGMENTS));
        if (mapper.isEmpty()) {
            LOG.warn("The engine's task query mapping is not the expected one: the task query keeps the "
                    + "engine's authorization join (slow inboxes with many open tasks on PostgreSQL)");
            return;
        }
        if (!PostgresStatements.replace(engine, TaskQueryMapping.NAMESPACE, mapper.get(),
                List.of(TaskQueryMapping.LIST, TaskQueryMapping.COUNT))) {
            LOG.warn("The engine already maps the task query for this database: left as it is");
            return;
        }
        LOG.info("Task query: authorization checked with EXISTS per permission (PostgreSQL)");
    }
}
