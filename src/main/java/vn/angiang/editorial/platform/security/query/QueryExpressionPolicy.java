package vn.angiang.editorial.platform.security.query;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

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

    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
    private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof TaskQueryImpl query) {
            QueryExpressions.requireNone(query);
        } else if (command instanceof AbstractExecuteFilterCmd
                && read(EXTENDING_QUERY, command) instanceof TaskQueryImpl added) {
            QueryExpressions.requireNone(added);
        } else if (command instanceof SaveFilterCmd
                && read(SAVED_FILTER, command) instanceof Filter filter
                && filter.getQuery() instanceof TaskQueryImpl stored) {
            QueryExpressions.requireAllowed(stored);
        }
        return next.execute(command);
    }

    // the engine's commands keep what they were given in protected fields, with no getter
    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Phiên bản engine không có trường " + type.getSimpleName() + "." + name
                    + ": kiểm tra lại chốt chặn biểu thức trong truy vấn", e);
        }
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
