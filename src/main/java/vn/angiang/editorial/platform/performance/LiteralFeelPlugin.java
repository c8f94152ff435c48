package vn.angiang.editorial.platform.performance;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's decision tables the {@link LiteralFeelEngine} in front of the FEEL engine the
 * engine would use anyway (with the same custom functions). {@code editorial.performance.literal-feel=false}
 * turns it off.
 */
@Component
@ConditionalOnProperty(name = "editorial.performance.literal-feel", havingValue = "true", matchIfMissing = true)
public class LiteralFeelPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        DefaultDmnEngineConfiguration dmn = engine.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            engine.setDmnEngineConfiguration(dmn);
        }
        if (dmn.getFeelEngineFactory() != null) {
            return;
        }
        DefaultDmnEngineConfiguration configured = dmn;
        // called when the DMN engine is built, after the engine has passed on its FEEL settings
        dmn.setFeelEngineFactory(() -> configured.isEnableFeelLegacyBehavior()
                ? new FeelEngineFactoryImpl().createInstance()
                : new LiteralFeelEngine(new ScalaFeelEngineFactory(configured.getFeelCustomFunctionProviders())
                        .createInstance()));
    }
}
