package vn.angiang.editorial.platform.decisions;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Evaluates a process's decision tables by key, the way every process's rules read them: in the
 * application the latest <em>deployed</em> version (a process owner's new version applies at once),
 * through the engine's DMN engine — an internal look-up, no authorization needed, no history entry
 * written; in tests and tools the tables of a DMN file with a stand-alone DMN engine.
 */
@FunctionalInterface
public interface DecisionTables {

    DmnDecisionResult evaluate(String decisionKey, VariableMap variables);

    /** The latest deployed version of each decision key. */
    static DecisionTables deployed(ProcessEngineConfigurationImpl configuration) {
        return (key, variables) -> configuration.getCommandExecutorTxRequired().execute(context -> {
            DmnDecision decision = (DmnDecision) configuration.getDeploymentCache()
                    .findDeployedLatestDecisionDefinitionByKey(key);
            return configuration.getDmnEngine().evaluateDecision(decision, variables);
        });
    }

    /** The tables of a DMN file. */
    static DecisionTables fromModel(InputStream dmn) {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        var decisions = engine.parseDecisions(dmn);
        return (key, variables) -> engine.evaluateDecision(decisions.stream()
                .filter(d -> d.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no decision " + key)), variables);
    }
}
