package vn.angiang.editorial.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * A message that cannot be delivered (nothing listens on the SMTP port) ends FAILED after the configured
 * attempts, is counted, stays FAILED, and goes out once an operator re-queues it after the fault is fixed.
 */
@SpringBootTest(properties = {
        "editorial.mail.mode=smtp",
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=5000",
        "editorial.mail.from=bbt@bbt.angiang.test",
        "editorial.mail.dispatch-interval=100ms",
        "editorial.mail.backoff-base=50ms",
        "editorial.mail.backoff-max=200ms",
        "editorial.mail.max-attempts=3",
        "editorial.demo.enabled=false",
        // no data alert at start (without the demo people every group is empty): the one failing message
        // counted below is the test's own
        "editorial.operations.checks-enabled=false"})
@ContextConfiguration(initializers = EmbeddedPostgresSupport.Initializer.class)
class OutboxPermanentFailureIT {

    static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired Outbox outbox;
    @Autowired OutboxRepository repository;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired TransactionTemplate transaction;
    @Autowired MeterRegistry meters;

    @Test
    void aMessageThatKeepsFailingEndsFailedIsCountedAndCanBeRequeued() throws Exception {
        String to = "phoban.vp@khong-toi.angiang.test";
        double failedBefore = meters.counter("editorial.mail.failed").count();
        double retriesBefore = meters.counter("editorial.mail.retries").count();

        transaction.executeWithoutResult(tx -> outbox.enqueue(to, "generic",
                Map.of("recipientName", "Lê Minh Tuấn", "subject", "Thông tin cho báo chí"), "press:42"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(repository.findByRecipient(to)).singleElement()
                        .satisfies(m -> assertThat(m.status()).isEqualTo(OutboxStatus.FAILED)));
        OutboxMessage failed = repository.findByRecipient(to).get(0);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).contains("Connection refused");
        assertThat(failed.sentAt()).isNull();
        assertThat(meters.counter("editorial.mail.failed").count() - failedBefore).isEqualTo(1.0);
        assertThat(meters.counter("editorial.mail.retries").count() - retriesBefore).isEqualTo(2.0);
        dispatcher.refreshGauges();
        assertThat(meters.get("editorial.mail.failed.stored").gauge().value()).isEqualTo(1.0);

        GreenMail greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            // the server is back, but a FAILED message stays where an operator can see it
            dispatcher.dispatchDue();
            assertThat(repository.findByRecipient(to).get(0).status()).isEqualTo(OutboxStatus.FAILED);
            assertThat(greenMail.getReceivedMessages()).isEmpty();

            assertThat(repository.requeueFailed(failed.id(), OffsetDateTime.now(ZoneOffset.UTC))).isTrue();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(repository.find(failed.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT));
            List<jakarta.mail.internet.MimeMessage> received = List.of(greenMail.getReceivedMessages());
            assertThat(received).hasSize(1);
            assertThat(received.get(0).getSubject()).isEqualTo("[Ban Biên tập] Thông tin cho báo chí");
            assertThat(meters.counter("editorial.mail.failed").count() - failedBefore).isEqualTo(1.0);
        } finally {
            greenMail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
