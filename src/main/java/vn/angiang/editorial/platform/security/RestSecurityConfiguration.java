package vn.angiang.editorial.platform.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API and our own {@code /api} endpoints answer only to users who authenticate
 * with HTTP Basic against the engine's identity service; the engine's authorizations then decide
 * what each user may do (403 when not allowed). Only {@code /public/**} is open. Expressions in
 * queries are refused by the engine itself, whatever the request looked like ({@code security.query}).
 */
@Configuration
public class RestSecurityConfiguration {

    static final String ENGINE_REST = "/engine-rest";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("rest-authentication");
        registration.addUrlPatterns(ENGINE_REST + "/*", "/api/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
