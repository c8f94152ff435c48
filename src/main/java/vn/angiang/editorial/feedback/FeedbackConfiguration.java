package vn.angiang.editorial.feedback;

import vn.angiang.editorial.feedback.web.FeedbackIntakeProperties;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedbackIntakeProperties.class)
class FeedbackConfiguration {

    /** Routing and deadlines by the deployed {@code feedback-routing.dmn} tables. */
    @Bean
    FeedbackRules feedbackRules(@Lazy ProcessEngineConfigurationImpl processEngineConfiguration) {
        return DmnFeedbackRules.deployed(processEngineConfiguration);
    }
}
