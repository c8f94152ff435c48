package vn.angiang.editorial.feedback.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public intake ({@code editorial.feedback.intake.*}).
 *
 * @param rateLimitPerMinute submissions (valid or not) accepted from one client address per minute
 * @param lookupsPerMinute   status look-ups by tracking code from one client address per minute
 * @param maxBodyBytes       largest request body read; a larger one is refused with 413 before parsing
 */
@ConfigurationProperties("editorial.feedback.intake")
public record FeedbackIntakeProperties(
        @DefaultValue("10") int rateLimitPerMinute,
        @DefaultValue("60") int lookupsPerMinute,
        @DefaultValue("65536") int maxBodyBytes) {
}
