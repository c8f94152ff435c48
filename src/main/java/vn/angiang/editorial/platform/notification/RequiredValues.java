package vn.angiang.editorial.platform.notification;

import java.util.Collection;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * The Spring standard dialect in which an expression that comes out null is an error instead of an
 * empty output: a model value the template uses and nobody gave ({@code [(${dueDate})]} without
 * {@code dueDate}) fails the rendering, naming the expression. A value that may be missing says so in
 * the template, with the fallback written there: {@code [(${dueDate ?: 'không quy định'})]} (SpEL's
 * elvis also replaces an empty text), or a test {@code [# th:if="${assignee != null}"]...[/]}.
 * <p>
 * When the context holds a collection under {@link #MISSING}, the expressions without a value are added
 * to it and the rendering goes on (so that all of them are named at once, by the caller); otherwise the
 * first one throws {@link Missing}. The mail templates and the wording of papers
 * ({@code platform.papers}) use it alike.
 */
public final class RequiredValues extends SpringStandardDialect {

    public static final String MISSING = "mail::missing";

    private static final IStandardVariableExpressionEvaluator EVALUATOR = new IStandardVariableExpressionEvaluator() {
        @Override
        @SuppressWarnings("unchecked")
        public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                StandardExpressionExecutionContext executionContext) {
            Object value = SPELVariableExpressionEvaluator.INSTANCE.evaluate(context, expression, executionContext);
            if (value != null) {
                return value;
            }
            if (context.getVariable(MISSING) instanceof Collection<?> missing) {
                ((Collection<String>) missing).add(expression.getExpression());
                return "";
            }
            throw new Missing(expression.getExpression());
        }
    };

    @Override
    public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
        return EVALUATOR;
    }

    /** An expression of the template without a value. */
    static final class Missing extends TemplateProcessingException {

        Missing(String expression) {
            super("No value for ${" + expression + "}");
        }
    }
}
