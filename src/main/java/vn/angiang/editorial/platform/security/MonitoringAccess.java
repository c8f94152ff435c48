package vn.angiang.editorial.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics ({@code /actuator/prometheus}) tell how busy the board is and what fails: only the kinds
 * of group in {@link AuthorizationTable#METRICS_READERS} (managers) and administrators may read them,
 * with HTTP Basic as on the REST API.
 * Health stays open for load balancers, its details only for the authorized.
 */
@Configuration
public class MonitoringAccess {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> monitoringAccessFilter(IdentityService identity) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String user = authenticatedUser(identity, request.getHeader("Authorization"));
                if (user == null) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"monitoring\"");
                    refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần đăng nhập để xem số liệu vận hành.");
                } else if (!GroupKinds.of(identity.createGroupQuery().groupMember(user).list())
                        .isAnyOf(AuthorizationTable.METRICS_READERS)) {
                    refuse(response, HttpServletResponse.SC_FORBIDDEN, "Chỉ quản lý và quản trị viên được xem số liệu vận hành.");
                } else {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.setName("monitoring-access");
        registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*", "/actuator/metrics", "/actuator/metrics/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    private static String authenticatedUser(IdentityService identity, String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
