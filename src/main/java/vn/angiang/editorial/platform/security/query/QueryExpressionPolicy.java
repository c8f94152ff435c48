package vn.angiang.editorial.platform.security.query;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import vn.angiang.editorial.platform.security.CommandFields;

/**
 * First in the engine's command chain: looks at the decoded query objects the engine is about to run,
 * so that no encoding of the request (JSON escapes, another charset, a path variant) and no door
 * (REST, the webapps' engine API, Java) gets an expression past it.
 * <ul>
 * <li>a task query run as a command (list, count, page…): no expression, or-queries included;</li>
 * <li>a filter run with a query added by the client: that added query holds no expression (the
 * stored part is checked when it is saved, and evaluated without beans anyway);</li>
 * <li>a filter saved: only the expressions of {@link QueryExpressions}.</li>
 * </ul>
 */
class QueryExpressionPolicy extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof TaskQueryImpl query) {
            QueryExpressions.requireNone(query);
        } else if (command instanceof AbstractExecuteFilterCmd
                && CommandFields.get(command, "extendingQuery") instanceof TaskQueryImpl added) {
            QueryExpressions.requireNone(added);
        } else if (command instanceof SaveFilterCmd
                && CommandFields.get(command, "filter") instanceof Filter filter
                && filter.getQuery() instanceof TaskQueryImpl stored) {
            QueryExpressions.requireAllowed(stored);
        }
        return next.execute(command);
    }
}
