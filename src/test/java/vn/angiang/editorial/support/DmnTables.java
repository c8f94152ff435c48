package vn.angiang.editorial.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The decision tables of one deployed .dmn file, evaluated by a stand-alone DMN engine, remembering
 * which rules matched the last evaluation — so a test can name the rule each case must hit, and an
 * edited or shadowed rule shows up.
 */
public final class DmnTables {

    private final List<String> matchedRules = new ArrayList<>();
    private final DmnEngine engine;
    private final List<DmnDecision> decisions;

    private DmnTables(String classpathResource) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> matchedRules
                .addAll(((DmnDecisionTableEvaluationEvent) event).getMatchingRules().stream()
                        .map(DmnEvaluatedDecisionRule::getId).toList())));
        engine = configuration.buildEngine();
        try (InputStream dmn = DmnTables.class.getResourceAsStream(classpathResource)) {
            decisions = engine.parseDecisions(dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DmnTables load(String classpathResource) {
        return new DmnTables(classpathResource);
    }

    public DmnDecisionResult evaluate(String decisionKey, VariableMap variables) {
        matchedRules.clear();
        DmnDecision decision = decisions.stream().filter(d -> d.getKey().equals(decisionKey)).findFirst().orElseThrow();
        return engine.evaluateDecision(decision, variables);
    }

    /** Ids of the rules that matched the last evaluation. */
    public List<String> matchedRules() {
        return matchedRules;
    }
}
