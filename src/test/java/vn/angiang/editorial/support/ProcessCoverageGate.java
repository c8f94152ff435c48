package vn.angiang.editorial.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The process-coverage gate of a test application context.
 * <p>
 * The coverage listener looks the context's {@link ProcessEngineCoverageProperties} up by type and,
 * if that lookup fails for any reason (none, or more than one without a primary), silently falls back
 * to properties that assert nothing. {@link ProcessEngineCoverageConfiguration} always registers a
 * default bean of its own, so a context's gate must be {@code @Primary}; {@link #check} then makes
 * the context fail to start unless the listener's lookup finds a gate that really asserts something.
 * <p>
 * A context's gate covers one model: the other process models are excluded from its measure, and
 * every test class of the context that runs the model must reach the model's {@link #FLOORS floor}
 * on its own (a class that only checks refused input and drives no path is marked
 * {@code @ExcludeFromProcessCoverage}). The HTML and JSON reports go to
 * {@code target/process-test-coverage/<test class>/}.
 * <p>
 * Usage, in the context's test configuration:
 * <pre>{@code
 * @TestConfiguration(proxyBeanMethods = false)
 * @Import(ProcessCoverageGate.class)
 * class MyProcessTestConfiguration {
 *     @Bean @Primary
 *     ProcessEngineCoverageProperties coverageGate() {
 *         return ProcessCoverageGate.forModel("my-model");
 *     }
 * }
 * }</pre>
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageGate {

    /**
     * The least share of a model's flow nodes and sequence flows that the class running it must pass:
     * what the process tests reach today, so that a lost path fails the build.
     */
    public static final Map<String, Double> FLOORS = Map.of(
            "content-approval", 1.0,
            "content-correction", 1.0,
            "feedback-handling", 1.0,
            "meeting-convocation", 1.0,
            "meeting-half-year", 1.0,
            "royalty-payout", 1.0,
            "royalty-monthly", 1.0,
            "monthly-report", 1.0,
            "report-monthly", 1.0);

    /** The gate for {@code modelKey}: its floor, and every other process model left out of the measure. */
    public static ProcessEngineCoverageProperties forModel(String modelKey) {
        Double floor = FLOORS.get(modelKey);
        if (floor == null) {
            throw new IllegalArgumentException("No coverage floor for the process model " + modelKey
                    + "; add it to ProcessCoverageGate.FLOORS");
        }
        Set<String> others = processKeys();
        if (!others.remove(modelKey)) {
            throw new IllegalArgumentException("No process model " + modelKey + " on the classpath; found " + others);
        }
        return ProcessEngineCoverageProperties.builder()
                .assertClassCoverageAtLeast(floor)
                .excludeProcessDefinitionKeys(others.toArray(String[]::new))
                .build();
    }

    /** The ids of the processes of every model deployed from the top of the classpath. */
    static Set<String> processKeys() {
        Set<String> keys = new TreeSet<>();
        try {
            for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:*.bpmn")) {
                try (InputStream in = model.getInputStream()) {
                    Bpmn.readModelFromStream(in).getModelElementsByType(Process.class)
                            .forEach(process -> keys.add(process.getId()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** Fails the context unless the coverage listener's own lookup finds a gate with a floor. */
    @Bean
    static SmartInitializingSingleton processCoverageGateCheck(ApplicationContext context) {
        return () -> {
            ProcessEngineCoverageProperties gate;
            try {
                gate = context.getBean(ProcessEngineCoverageProperties.class);
            } catch (NoSuchBeanDefinitionException e) {
                throw new BeanCreationException("processCoverageGateCheck",
                        "The coverage listener would fall back to asserting nothing: " + e.getMessage(), e);
            }
            if (gate.getClassCoverageAssertionConditions().isEmpty()) {
                throw new BeanCreationException("processCoverageGateCheck",
                        "The coverage listener would use properties that assert nothing; declare the context's "
                                + "gate as @Primary from ProcessCoverageGate.forModel(...)");
            }
        };
    }
}
