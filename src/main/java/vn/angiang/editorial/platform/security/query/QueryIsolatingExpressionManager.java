package vn.angiang.editorial.platform.security.query;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;
import org.camunda.bpm.engine.impl.el.ProcessEngineElContext;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ExpressionFactory;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.joda.time.DateTime;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression manager (beans, variables, functions) for the models, with one difference:
 * an expression evaluated without a variable scope — in the engine that is only a task query's
 * expression — sees the functions Tasklist's filters use and the date arithmetic on their result,
 * and nothing else. However a query with an expression reached the engine, it cannot name a bean.
 */
public class QueryIsolatingExpressionManager extends SpringExpressionManager {

    private static final Map<String, Method> QUERY_FUNCTIONS = Map.of(
            CommandContextFunctions.CURRENT_USER, function(CommandContextFunctions.class, CommandContextFunctions.CURRENT_USER),
            CommandContextFunctions.CURRENT_USER_GROUPS, function(CommandContextFunctions.class, CommandContextFunctions.CURRENT_USER_GROUPS),
            DateTimeFunctions.NOW, function(DateTimeFunctions.class, DateTimeFunctions.NOW),
            DateTimeFunctions.DATE_TIME, function(DateTimeFunctions.class, DateTimeFunctions.DATE_TIME));

    private static final FunctionMapper QUERY_FUNCTION_MAPPER = new FunctionMapper() {
        @Override
        public Method resolveFunction(String prefix, String localName) {
            return prefix == null || prefix.isBlank() ? QUERY_FUNCTIONS.get(localName) : null;
        }
    };

    private static final ELResolver DATE_ARITHMETIC_ONLY = new DateArithmeticResolver();

    public QueryIsolatingExpressionManager(ApplicationContext applicationContext, Map<Object, Object> beans) {
        super(applicationContext, beans);
    }

    @Override
    public ELContext getElContext(VariableScope variableScope) {
        if (variableScope != null) {
            return super.getElContext(variableScope);
        }
        ensureInitialized();
        ProcessEngineElContext context = new ProcessEngineElContext(QUERY_FUNCTION_MAPPER, DATE_ARITHMETIC_ONLY);
        context.putContext(ExpressionFactory.class, expressionFactory);
        return context;
    }

    private static Method function(Class<?> type, String name) {
        return ReflectUtil.getMethod(type, name);
    }

    /**
     * Resolves no name at all (so no bean and no variable), and invokes only the date arithmetic of
     * {@code dateTime()}: plus/minus whole units, start of day, to a {@code Date}.
     */
    static final class DateArithmeticResolver extends ELResolver {

        private static final Pattern DATE_METHOD = Pattern.compile(
                "(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes|Seconds)|withTimeAtStartOfDay|toDate");
        private final BeanELResolver methods = new BeanELResolver(true);

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            if (base instanceof DateTime && method instanceof String name && DATE_METHOD.matcher(name).matches()) {
                return methods.invoke(context, base, method, types, params);
            }
            return null; // not resolved: the evaluation fails
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            // nothing is writable
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }
    }
}
