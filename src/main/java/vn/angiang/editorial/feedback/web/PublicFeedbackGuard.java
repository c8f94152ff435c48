package vn.angiang.editorial.feedback.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of the public feedback endpoints, before Spring MVC: a request whose body is declared as
 * multipart is refused with 415 here, because the dispatcher would otherwise try to parse it (and a
 * broken multipart body would end in a 500). The endpoints read JSON or an ordinary form post only.
 */
public class PublicFeedbackGuard extends OncePerRequestFilter {

    private final ObjectProvider<FeedbackPages> pages;

    PublicFeedbackGuard(ObjectProvider<FeedbackPages> pages) {
        this.pages = pages;
    }

    static final String JSON_MESSAGE = "{\"message\":\"Nội dung gửi phải ở dạng JSON (Content-Type: application/json; charset=UTF-8) "
            + "hoặc biểu mẫu thường (application/x-www-form-urlencoded).\"}";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.strip().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            boolean page = request.getRequestURI().endsWith("/form") || request.getRequestURI().endsWith("/status");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (page) {
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(pages.getObject().notSent(FeedbackPages.NotSent.NOT_A_FORM, 0));
            } else {
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write(JSON_MESSAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<PublicFeedbackGuard> publicFeedbackGuard(ObjectProvider<FeedbackPages> pages) {
            var registration = new FilterRegistrationBean<>(new PublicFeedbackGuard(pages));
            registration.setName("public-feedback-guard");
            registration.addUrlPatterns(PublicFeedbackController.BASE, PublicFeedbackController.BASE + "/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
            return registration;
        }
    }
}
