package vn.angiang.editorial.platform.notification;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notification outbox ({@code editorial.mail.*}).
 *
 * @param mode         {@code log}: record and log each message instead of sending it (the default profile,
 *                     no mail server needed); {@code smtp}: send through Spring's {@code JavaMailSender}
 *                     configured by {@code spring.mail.*}
 * @param from         sender address of every message
 * @param fromName     sender name shown to recipients
 * @param dispatchInterval pause between two runs of the dispatcher on one node (read by the
 *                     {@code @Scheduled} annotation of {@link OutboxDispatcher} as {@code editorial.mail.dispatch-interval})
 * @param batchSize    rows one node claims at a time
 * @param maxAttempts  failed attempts after which a message is FAILED
 * @param backoffBase  wait after the first failed attempt; doubled after each further failure
 * @param backoffMax   longest wait between two attempts
 * @param lease        how long a claim lasts; a message still SENDING after that (its node died) is
 *                     claimed again. Must be longer than sending one batch can take.
 * @param retention    how long a SENT message is kept (its text and attachments) before the daily purge deletes
 *                     it, so the table does not grow without bound (quy định nội bộ; the trails of the processes
 *                     record that a mail was sent, they do not depend on the outbox row)
 * @param purgeCron    when the purge runs, in the board's time zone
 */
@Validated
@ConfigurationProperties("editorial.mail")
public record NotificationProperties(
        @DefaultValue("log") @NotNull Mode mode,
        @DefaultValue("no-reply@bbt.angiang.local") @NotNull String from,
        @DefaultValue("Ban Biên tập Cổng thông tin điện tử tỉnh An Giang") String fromName,
        @DefaultValue("5s") @NotNull Duration dispatchInterval,
        @DefaultValue("20") @Min(1) @Max(1000) int batchSize,
        @DefaultValue("10") @Min(1) int maxAttempts,
        @DefaultValue("30s") @NotNull Duration backoffBase,
        @DefaultValue("1h") @NotNull Duration backoffMax,
        @DefaultValue("5m") @NotNull Duration lease,
        @DefaultValue("90d") @NotNull Duration retention,
        @DefaultValue("0 30 2 * * *") @NotNull String purgeCron) {

    public enum Mode { LOG, SMTP }

    /** Wait before the next attempt after {@code failedAttempts} failures (1, 2, ...): base × 2^(n−1), at most backoffMax. */
    public Duration backoffAfter(int failedAttempts) {
        int exponent = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration wait;
        try {
            wait = backoffBase.multipliedBy(1L << exponent);
        } catch (ArithmeticException overflow) {
            return backoffMax;
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
