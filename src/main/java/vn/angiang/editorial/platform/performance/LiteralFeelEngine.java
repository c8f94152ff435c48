package vn.angiang.editorial.platform.performance;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The decision tables' FEEL, with the plainest entries answered directly and everything else passed
 * to the engine's FEEL engine unchanged.
 *
 * <p>The routing tables of the processes are made of text codes: input entries such as
 * {@code "economy"}, {@code "news","press-information"}, {@code not("article")} or {@code -}, input
 * expressions naming a variable ({@code contentType}), outputs such as {@code "member-economy"} or
 * {@code true}. The engine's FEEL engine parses each entry again at every evaluation and builds its
 * table of built-in functions for each one, so a table of twenty rules costs milliseconds of CPU per
 * evaluation — the largest single cost of a content approval instance and of the feedback intake's
 * background work. This engine answers those entries itself, with FEEL's meaning, when the value is a
 * text (or, for {@code -}, anything): a text is equal to a listed text; {@code not(...)} negates. An
 * entry or a value of any other shape (numbers, dates, null, ranges, functions, escapes in a text) goes
 * to the FEEL engine. The unary tests {@code null} and {@code not(null)} (is there a value at all) are
 * answered for any value.
 */
final class LiteralFeelEngine implements FeelEngine {

    private static final String TEXT = "\"([^\"\\\\]*)\"";
    private static final Pattern TEXT_ONLY = Pattern.compile("\\s*" + TEXT + "\\s*");
    private static final Pattern TEXT_LIST = Pattern.compile("\\s*" + TEXT + "(\\s*,\\s*" + TEXT + ")*\\s*");
    private static final Pattern NEGATED = Pattern.compile("\\s*not\\s*\\((.*)\\)\\s*", Pattern.DOTALL);
    private static final Pattern TEXT_IN_LIST = Pattern.compile(TEXT);
    private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "not", "and", "or", "for", "in",
            "if", "then", "else", "some", "every", "satisfies", "between", "instance", "of", "function", "return");

    /** A unary test of listed texts: {@code any} for "-". */
    private record TextTest(boolean any, boolean negated, List<String> texts) {
        boolean matches(String value) {
            return any || negated != texts.contains(value);
        }
    }

    private static final TextTest NOT_PLAIN = new TextTest(false, false, List.of());
    /** {@code null}, and negated {@code not(null)}: whether the value is missing */
    private static final TextTest IS_NULL = new TextTest(false, false, List.of());
    private static final TextTest IS_NOT_NULL = new TextTest(false, true, List.of());
    private static final Pattern NULL_TEST = Pattern.compile("null|not\\s*\\(\\s*null\\s*\\)");

    private final FeelEngine feel;
    private final Map<String, TextTest> tests = new ConcurrentHashMap<>();
    private final Map<String, Optional<Object>> literals = new ConcurrentHashMap<>();

    LiteralFeelEngine(FeelEngine feel) {
        this.feel = feel;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        TextTest test = tests.computeIfAbsent(expression, LiteralFeelEngine::textTest);
        if (test == IS_NULL || test == IS_NOT_NULL) {
            return (value(variables, inputVariable) == null) != (test == IS_NOT_NULL);
        }
        if (test != NOT_PLAIN) {
            if (test.any()) {
                return true;
            }
            if (value(variables, inputVariable) instanceof String text) {
                return test.matches(text);
            }
        }
        return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        Optional<Object> literal = literals.computeIfAbsent(expression, LiteralFeelEngine::literal);
        if (literal.isPresent()) {
            return (T) literal.get();
        }
        Matcher name = NAME.matcher(expression);
        if (name.matches() && !KEYWORDS.contains(name.group(1)) && variables.containsVariable(name.group(1))
                && value(variables, name.group(1)) instanceof String text) {
            return (T) text;
        }
        return feel.evaluateSimpleExpression(expression, variables);
    }

    private static Object value(VariableContext variables, String name) {
        TypedValue typed = variables.resolve(name);
        return typed == null ? null : typed.getValue();
    }

    private static TextTest textTest(String expression) {
        String trimmed = expression.strip();
        if (trimmed.equals("-")) {
            return new TextTest(true, false, List.of());
        }
        if (NULL_TEST.matcher(trimmed).matches()) {
            return trimmed.equals("null") ? IS_NULL : IS_NOT_NULL;
        }
        Matcher negated = NEGATED.matcher(trimmed);
        boolean not = negated.matches();
        String list = not ? negated.group(1) : trimmed;
        if (!TEXT_LIST.matcher(list).matches()) {
            return NOT_PLAIN;
        }
        Matcher texts = TEXT_IN_LIST.matcher(list);
        String[] values = texts.results().map(m -> m.group(1)).toArray(String[]::new);
        return new TextTest(false, not, Arrays.asList(values));
    }

    private static Optional<Object> literal(String expression) {
        Matcher text = TEXT_ONLY.matcher(expression);
        if (text.matches()) {
            return Optional.of(text.group(1));
        }
        return switch (expression.strip()) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }
}
