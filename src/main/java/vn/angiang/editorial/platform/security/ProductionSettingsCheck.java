package vn.angiang.editorial.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In the {@code prod} profile the application refuses to start, before anything is created, when
 * a setting that has no safe default is missing: above all the administrator's password (no
 * default passwords outside the demo).
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

    /** property → the environment variable an operator sets for it */
    private static final Map<String, String> REQUIRED = Map.of(
            "camunda.bpm.admin-user.password", "EDITORIAL_ADMIN_PASSWORD",
            "spring.datasource.url", "SPRING_DATASOURCE_URL",
            "spring.datasource.username", "SPRING_DATASOURCE_USERNAME",
            "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD",
            // e-mail notifications (platform.notification): the mail server, the sender, the links' base
            "spring.mail.host", "SPRING_MAIL_HOST",
            "editorial.mail.from", "EDITORIAL_MAIL_FROM",
            "editorial.public-base-url", "EDITORIAL_PUBLIC_BASE_URL");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((property, variable) -> {
            String value = resolve(environment, property);
            if (value == null || value.isBlank()) {
                missing.add(variable);
            }
        });
        String adminPassword = resolve(environment, "camunda.bpm.admin-user.password");
        if (adminPassword != null && List.of("demo", "admin", "camunda").contains(adminPassword.trim())) {
            missing.add("EDITORIAL_ADMIN_PASSWORD (không được dùng mật khẩu mặc định)");
        }
        if (!missing.isEmpty()) {
            missing.sort(null);
            throw new IllegalStateException("Hồ sơ prod thiếu cấu hình bắt buộc. Hãy đặt biến môi trường: "
                    + String.join(", ", missing) + " — missing required settings for the prod profile.");
        }
    }

    private static String resolve(ConfigurableEnvironment environment, String property) {
        try {
            return environment.getProperty(property);
        } catch (IllegalArgumentException unresolvablePlaceholder) {
            return null;
        }
    }
}
