package vn.angiang.editorial.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The literal answers give exactly what the FEEL engine gives: for every entry of the deployed
 * decision tables and for hand-written edge cases, with texts from the tables, other texts, null,
 * numbers and dates as values.
 */
class LiteralFeelEngineTest {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
    private static final FeelEngine LITERAL = new LiteralFeelEngine(FEEL);

    private static final List<String> UNARY_TESTS = List.of("\"economy\"", " \"economy\" ", "\"news\",\"press-information\"",
            "\"news\" , \"press-information\"", "not(\"article\")", "not( \"article\", \"photo-story\" )", "-", " - ",
            "\"Văn hóa, xã hội\"", "\"\"", "\"with \\\"escape\\\"\"", "< 5", "[1..3]", "\"a\",", "not(-)", "null",
            " null ", "not(null)", "not( null )", "not(null, \"a\")", "nullish", "\"economy\" or \"x\"", "starts with(?, \"eco\")");
    private static final List<String> EXPRESSIONS = List.of("\"member-economy\"", " \"member-economy\" ", "true", "false",
            "3", "contentType", " contentType ", "urgency", "missingVariable", "count", "\"a\\\"b\"", "null",
            "contentType + \"x\"", "date(\"2026-01-01\")");

    @Test
    void unaryTestsAnswerAsTheFeelEngineDoes() throws IOException {
        Set<String> tests = new LinkedHashSet<>(UNARY_TESTS);
        Set<Object> values = new LinkedHashSet<>(List.of("economy", "article", "news", "press-information", "photo-story",
                "Văn hóa, xã hội", "", "with \"escape\"", "other", "ECONOMY"));
        for (DmnModelInstance model : deployedTables()) {
            for (InputEntry entry : model.getModelElementsByType(InputEntry.class)) {
                tests.add(entry.getTextContent());
                values.addAll(texts(entry.getTextContent()));
            }
        }
        List<Object> all = new ArrayList<>(values);
        all.addAll(Arrays.asList(null, 4, 7L, new BigDecimal("2.5"), true));
        for (String test : tests) {
            for (Object value : all) {
                VariableContext context = Variables.createVariables().putValue("cellInput", value).asVariableContext();
                assertThat(outcome(() -> LITERAL.evaluateSimpleUnaryTests(test, "cellInput", context)))
                        .as("%s with %s", test, value)
                        .isEqualTo(outcome(() -> FEEL.evaluateSimpleUnaryTests(test, "cellInput", context)));
            }
        }
    }

    @Test
    void expressionsAnswerAsTheFeelEngineDoes() throws IOException {
        Set<String> expressions = new LinkedHashSet<>(EXPRESSIONS);
        for (DmnModelInstance model : deployedTables()) {
            model.getModelElementsByType(OutputEntry.class).forEach(e -> expressions.add(e.getTextContent()));
            model.getModelElementsByType(InputExpression.class).forEach(e -> expressions.add(e.getText().getTextContent()));
        }
        List<VariableContext> contexts = List.of(
                Variables.createVariables().putValue("contentType", "article").putValue("urgency", "normal")
                        .putValue("count", 3).asVariableContext(),
                Variables.createVariables().putValue("contentType", null).putValue("urgency", 2).asVariableContext(),
                Variables.createVariables().asVariableContext());
        for (String expression : expressions) {
            for (VariableContext context : contexts) {
                assertThat(outcome(() -> LITERAL.evaluateSimpleExpression(expression, context)))
                        .as("%s in %s", expression, context.keySet())
                        .isEqualTo(outcome(() -> FEEL.evaluateSimpleExpression(expression, context)));
            }
        }
    }

    @Test
    void plainEntriesDoNotReachTheFeelEngine() {
        FeelEngine refusing = new FeelEngine() {
            @Override
            public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
                throw new AssertionError("FEEL engine asked for " + expression);
            }

            @Override
            public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
                throw new AssertionError("FEEL engine asked for " + expression);
            }
        };
        FeelEngine literal = new LiteralFeelEngine(refusing);
        VariableContext context = Variables.createVariables().putValue("cellInput", "news")
                .putValue("contentType", "news").asVariableContext();
        assertThat(literal.evaluateSimpleUnaryTests("\"news\",\"press-information\"", "cellInput", context)).isTrue();
        assertThat(literal.evaluateSimpleUnaryTests("not(\"news\")", "cellInput", context)).isFalse();
        assertThat(literal.evaluateSimpleUnaryTests("-", "cellInput", context)).isTrue();
        assertThat(literal.evaluateSimpleUnaryTests("null", "cellInput", context)).isFalse();
        assertThat(literal.evaluateSimpleUnaryTests("not(null)", "cellInput", context)).isTrue();
        assertThat((Object) literal.evaluateSimpleExpression("\"member-economy\"", context)).isEqualTo("member-economy");
        assertThat((Object) literal.evaluateSimpleExpression("true", context)).isEqualTo(true);
        assertThat((Object) literal.evaluateSimpleExpression("contentType", context)).isEqualTo("news");
    }

    private interface Evaluation {
        Object run();
    }

    /** The result, or the kind of failure: both engines must fail alike. */
    private static Object outcome(Evaluation evaluation) {
        try {
            return evaluation.run();
        } catch (FeelException e) {
            return "FEEL failure";
        }
    }

    private static List<DmnModelInstance> deployedTables() throws IOException {
        List<DmnModelInstance> models = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:**/*.dmn")) {
            try (InputStream in = resource.getInputStream()) {
                models.add(Dmn.readModelFromStream(in));
            }
        }
        return models;
    }

    private static List<String> texts(String entry) {
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"\\\\]*)\"").matcher(entry);
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }
}
