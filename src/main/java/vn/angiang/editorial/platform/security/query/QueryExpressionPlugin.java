package vn.angiang.editorial.platform.security.query;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

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
        engine.setCustomPreCommandInterceptorsTxRequired(withPolicy(engine.getCustomPreCommandInterceptorsTxRequired()));
        engine.setCustomPreCommandInterceptorsTxRequiresNew(withPolicy(engine.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withPolicy(List<CommandInterceptor> configured) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(new QueryExpressionPolicy());
        if (configured != null) {
            interceptors.addAll(configured);
        }
        return interceptors;
    }
}
