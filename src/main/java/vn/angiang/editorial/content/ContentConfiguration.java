package vn.angiang.editorial.content;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    /** Routing by the deployed {@code content-routing.dmn} tables. */
    @Bean
    ContentRouting contentRouting(@Lazy ProcessEngineConfigurationImpl processEngineConfiguration) {
        return DmnContentRouting.deployed(processEngineConfiguration);
    }
}
