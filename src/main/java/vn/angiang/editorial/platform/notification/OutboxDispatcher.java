package vn.angiang.editorial.platform.notification;

import java.net.InetAddress;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, after the transactions that wrote it have committed.
 * <p>
 * Every node runs it every {@code editorial.mail.dispatch-interval}. A round claims due rows (see
 * {@link OutboxRepository#claim}: safe when several nodes share one database), delivers them one by one
 * outside any transaction and records each outcome. A failed attempt is retried after an exponential
 * backoff ({@code backoff-base} × 2^(n−1), at most {@code backoff-max}); after {@code max-attempts} failed
 * attempts the message is FAILED, logged at ERROR and counted in {@code editorial.mail.failed}. After a
 * failure the rest of the batch is handed back untried, so a mail server that is down costs one attempt
 * per round instead of one per message. A message left SENDING by a node that died is claimed again when
 * its lease runs out; that retry is not counted as a failed attempt.
 * <p>
 * Delivery is at least once: a node that loses its lease in the middle of a send (it took longer than
 * {@code editorial.mail.lease}) may see the message sent again by another node. Keep the SMTP time-outs
 * well below the lease.
 * <p>
 * Metrics: counters {@code editorial.mail.sent} (tag {@code channel}), {@code editorial.mail.failed},
 * {@code editorial.mail.retries}; gauges {@code editorial.mail.pending} (PENDING or SENDING rows) and
 * {@code editorial.mail.failed.stored} (FAILED rows waiting for an operator), both for the whole
 * database, refreshed every round.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_ROUNDS = 50;

    private final OutboxRepository repository;
    private final MailDelivery delivery;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String nodeId;

    private final Counter sent;
    private final Counter failed;
    private final Counter retries;
    private final AtomicLong pending = new AtomicLong();
    private static final int PURGE_BATCH = 500;
    private final AtomicLong failedStored = new AtomicLong();

    public OutboxDispatcher(OutboxRepository repository, MailDelivery delivery, NotificationProperties properties,
            MeterRegistry meters, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.nodeId = nodeId();
        this.sent = Counter.builder("editorial.mail.sent").tag("channel", delivery.channel())
                .description("E-mails delivered from the outbox").register(meters);
        this.failed = Counter.builder("editorial.mail.failed")
                .description("E-mails given up after the last attempt (status FAILED)").register(meters);
        this.retries = Counter.builder("editorial.mail.retries")
                .description("Failed delivery attempts that will be retried").register(meters);
        Gauge.builder("editorial.mail.pending", pending, AtomicLong::get)
                .description("Outbox messages not yet sent (PENDING or SENDING)").register(meters);
        Gauge.builder("editorial.mail.failed.stored", failedStored, AtomicLong::get)
                .description("Outbox messages in status FAILED, waiting for an operator").register(meters);
    }

    @Scheduled(initialDelayString = "${editorial.mail.dispatch-interval:5s}",
            fixedDelayString = "${editorial.mail.dispatch-interval:5s}")
    public void dispatchOnSchedule() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // the database may be unreachable for a moment: the rows wait, the next round tries again
            log.warn("Outbox dispatch round failed: {}", e.toString());
        }
    }

    @Scheduled(cron = "${editorial.mail.purge-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void purgeOnSchedule() {
        try {
            purgeSent();
        } catch (RuntimeException e) {
            log.warn("Outbox purge failed, tried again at its next time: {}", e.toString());
        }
    }

    /** Deletes the messages sent longer ago than the retention ({@code editorial.mail.retention}), in batches. */
    public int purgeSent() {
        OffsetDateTime before = now().minus(properties.retention());
        int purged = 0;
        int batch;
        do {
            batch = repository.purgeSent(before, PURGE_BATCH);
            purged += batch;
        } while (batch == PURGE_BATCH);
        if (purged > 0) {
            log.info("Outbox: {} sent messages older than {} purged", purged, properties.retention());
        }
        return purged;
    }

    /** One dispatch round on this node; returns how many messages were delivered. */
    public int dispatchDue() {
        int delivered = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String token = nodeId + "/" + UUID.randomUUID();
            OffsetDateTime now = now();
            List<OutboxMessage> batch = repository.claim(token, now, now.plus(properties.lease()),
                    properties.batchSize());
            if (batch.isEmpty()) {
                break;
            }
            BatchOutcome outcome = deliver(batch, token);
            delivered += outcome.delivered();
            if (outcome.stopped() || batch.size() < properties.batchSize()) {
                break;
            }
        }
        refreshGauges();
        return delivered;
    }

    /** Reads the outbox's counts into the gauges. */
    public void refreshGauges() {
        Map<OutboxStatus, Long> counts = repository.countUnsent();
        pending.set(counts.get(OutboxStatus.PENDING) + counts.get(OutboxStatus.SENDING));
        failedStored.set(counts.get(OutboxStatus.FAILED));
    }

    private record BatchOutcome(int delivered, boolean stopped) {
    }

    private BatchOutcome deliver(List<OutboxMessage> batch, String token) {
        int delivered = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxMessage message = batch.get(i);
            try {
                delivery.deliver(message);
            } catch (MailDelivery.PermanentFailure e) {
                giveUp(message, token, message.attempts() + 1, describe(e));
                continue;
            } catch (Exception e) {
                recordFailure(message, token, e);
                List<Long> untried = new ArrayList<>();
                for (OutboxMessage rest : batch.subList(i + 1, batch.size())) {
                    untried.add(rest.id());
                }
                repository.release(untried, token);
                return new BatchOutcome(delivered, true);
            }
            if (!repository.markSent(message.id(), token, delivery.channel(), now())) {
                log.warn("E-mail #{} to {} was delivered after this node's claim ran out; "
                        + "another node may deliver it again", message.id(), message.recipient());
            }
            sent.increment();
            delivered++;
            log.debug("E-mail #{} to {} delivered via {}", message.id(), message.recipient(), delivery.channel());
        }
        return new BatchOutcome(delivered, false);
    }

    private void recordFailure(OutboxMessage message, String token, Exception e) {
        int attempts = message.attempts() + 1;
        String error = describe(e);
        if (attempts >= properties.maxAttempts()) {
            giveUp(message, token, attempts, error);
            return;
        }
        OffsetDateTime next = now().plus(properties.backoffAfter(attempts));
        if (repository.markRetry(message.id(), token, attempts, next, error)) {
            retries.increment();
            log.warn("E-mail #{} to {}: attempt {} of {} failed ({}); next attempt at {}", message.id(),
                    message.recipient(), attempts, properties.maxAttempts(), error, next);
        }
    }

    private void giveUp(OutboxMessage message, String token, int attempts, String error) {
        if (repository.markFailed(message.id(), token, attempts, error)) {
            failed.increment();
            log.error("E-mail #{} to {} (template {}, reference {}) FAILED after {} attempt(s), not retried: {}",
                    message.id(), message.recipient(), message.template(), message.reference(), attempts, error);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < OutboxRepository.MAX_ERROR_LENGTH; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String nodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        if (host.length() > 40) {
            host = host.substring(0, 40);
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
