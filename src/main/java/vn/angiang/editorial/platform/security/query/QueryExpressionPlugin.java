package vn.angiang.editorial.platform.security.query;


import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.EngineLists;

/** Installs both layers of this package in the engine (see {@code package-info}). */
@Component
public class QueryExpressionPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;

    public QueryExpressionPlugin(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        // the engine adds its functions to whatever manager is set when it initialises, after this
        engine.setExpressionManager(new QueryIsolatingExpressionManager(applicationContext, engine.getBeans()));
        // the policy runs before every other interceptor
        engine.setCustomPreCommandInterceptorsTxRequired(
                EngineLists.first(new QueryExpressionPolicy(), engine.getCustomPreCommandInterceptorsTxRequired()));
        engine.setCustomPreCommandInterceptorsTxRequiresNew(
                EngineLists.first(new QueryExpressionPolicy(), engine.getCustomPreCommandInterceptorsTxRequiresNew()));
    }
}
