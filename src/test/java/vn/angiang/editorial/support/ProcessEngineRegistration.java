package vn.angiang.editorial.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the engine of the test class's application context the one that the REST API and the webapps
 * reach by name.
 * <p>
 * They look engines up in Camunda's JVM-wide registry ({@link ProcessEngines}), where each engine is
 * entered under its name when built: with several cached contexts, the engine named {@code default} is
 * the one of the context started last. A test class that reuses a cached context started before another
 * one would otherwise send its HTTP calls to the other context's engine and database. Registered in
 * {@code src/test/resources/META-INF/spring.factories}.
 */
public class ProcessEngineRegistration implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).orderedStream()
                .forEach(ProcessEngines::registerProcessEngine);
    }

    @Override
    public int getOrder() {
        // before the coverage listener, which runs last
        return Ordered.HIGHEST_PRECEDENCE + 1000;
    }
}
