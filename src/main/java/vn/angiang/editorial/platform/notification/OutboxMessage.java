package vn.angiang.editorial.platform.notification;

import java.time.OffsetDateTime;

/** One row of the outbox as the dispatcher and an operator see it. */
public record OutboxMessage(
        long id,
        String recipient,
        String subject,
        String body,
        String template,
        String reference,
        OutboxStatus status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        String lockedBy,
        OffsetDateTime lockedUntil,
        String lastError,
        String channel,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt) {
}
