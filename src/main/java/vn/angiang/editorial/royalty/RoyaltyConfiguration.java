package vn.angiang.editorial.royalty;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Reads the royalty rules once on start; an installation points {@code editorial.royalty.rules-location} at its own copy. */
@Configuration(proxyBeanMethods = false)
class RoyaltyConfiguration {

    @Bean
    RoyaltyRules royaltyRules(
            @Value("${editorial.royalty.rules-location:classpath:royalty/royalty-rules.yaml}") Resource location) {
        return RoyaltyRules.read(location);
    }
}
