package vn.angiang.editorial.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default profile: H2 (the migration runs there too, also on a database that already holds tables),
 * no mail server; messages are recorded as sent through the log and written to it.
 */
@SpringBootTest(properties = {
        // a database that already holds tables (as one where the engine ran before) when Flyway first sees it
        "spring.datasource.url=jdbc:h2:mem:outbox-log-mode;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE;"
                + "INIT=CREATE TABLE IF NOT EXISTS earlier_table (id INT)",
        "editorial.mail.dispatch-interval=100ms",
        "editorial.demo.enabled=false"})
@ExtendWith(OutputCaptureExtension.class)
class OutboxLogModeTest {

    @Autowired Outbox outbox;
    @Autowired OutboxRepository repository;
    @Autowired MailDelivery delivery;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxDispatcher dispatcher;

    @Test
    void withoutAMailServerMessagesAreLoggedAndRecordedAsSent(CapturedOutput output) {
        assertThat(delivery).isInstanceOf(LogMailDelivery.class);
        // V1 really ran (a baseline at version 1 would have skipped it)
        assertThat(jdbc.sql("SELECT \"script\" FROM \"editorial_schema_history\" "
                        + "WHERE \"version\" = '1' AND \"type\" = 'SQL' AND \"success\" = TRUE")
                .query(String.class).single()).isEqualTo("V1__notification_outbox.sql");

        String to = "tgv.thu@bbt.angiang.local";
        transaction.executeWithoutResult(tx -> outbox.enqueue(to, "generic", Map.of(
                "recipientName", "Đỗ Thị Thu",
                "subject", "Nhắc gửi báo cáo tháng",
                "message", "Đề nghị Tổ giúp việc gửi báo cáo tháng 10 trước ngày 05/11."), "report:2025-10"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(repository.findByRecipient(to)).singleElement().satisfies(m -> {
                    assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
                    assertThat(m.channel()).isEqualTo("log");
                    assertThat(m.sentAt()).isNotNull();
                }));
        assertThat(output.getAll())
                .contains("To: " + to)
                .contains("Subject: [Ban Biên tập] Nhắc gửi báo cáo tháng")
                .contains("Đề nghị Tổ giúp việc gửi báo cáo tháng 10 trước ngày 05/11.");
    }

    @Test
    void claimsOnH2TakeAtMostTheirLimitAndNeverTheSameRowTwice() {
        // a "now" far ahead, so that the scheduled dispatcher (real clock) leaves these rows alone
        OffsetDateTime future = OffsetDateTime.of(2100, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>();
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < 4; i++) {
                ids.add(repository.insert("h2-claim" + i + "@bbt.angiang.local", "Tiêu đề", "Nội dung", "generic",
                        "h2-claim", future));
            }
        });
        try {
            List<OutboxMessage> first = repository.claim("h2-a", future, future.plusMinutes(5), 3);
            List<OutboxMessage> second = repository.claim("h2-b", future, future.plusMinutes(5), 3);
            assertThat(first).hasSize(3);
            assertThat(second).hasSize(1);
            assertThat(repository.claim("h2-c", future, future.plusMinutes(5), 3)).isEmpty();
            List<Long> claimed = new ArrayList<>();
            first.forEach(m -> claimed.add(m.id()));
            second.forEach(m -> claimed.add(m.id()));
            assertThat(claimed).containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            jdbc.sql("DELETE FROM notification_outbox WHERE id IN (:ids)").param("ids", ids).update();
        }
    }

    @Test
    void aRolledBackTransactionLeavesNothingOnH2Either() {
        String to = "quanly@bbt.angiang.local";
        transaction.executeWithoutResult(tx -> {
            outbox.enqueue(to, "generic", Map.of("subject", "Không gửi"), "h2-rollback");
            tx.setRollbackOnly();
        });
        assertThat(repository.findByRecipient(to)).isEmpty();
    }

    @Test
    void sentMessagesAreDeletedWithTheirFilesOnceTheirRetentionHasPassedAndNothingElseIs() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        transaction.executeWithoutResult(tx -> {
            for (String kind : List.of("sent-long-ago", "sent-lately", "pending-long-ago", "failed-long-ago")) {
                long id = repository.insert(kind + "@purge.bbt.angiang.local", "Tiêu đề", "Nội dung", "generic",
                        "purge-test", now.plusYears(50));
                repository.insertAttachment(id, 0, new MailAttachment("giay-moi.pdf", "application/pdf", new byte[] {1}));
                ids.put(kind, id);
            }
        });
        // the default retention is 90 days: one sent 91 days ago, one sent yesterday
        jdbc.sql("UPDATE notification_outbox SET status = 'SENT', sent_at = :at WHERE id = :id")
                .param("at", now.minusDays(91)).param("id", ids.get("sent-long-ago")).update();
        jdbc.sql("UPDATE notification_outbox SET status = 'SENT', sent_at = :at WHERE id = :id")
                .param("at", now.minusDays(1)).param("id", ids.get("sent-lately")).update();
        jdbc.sql("UPDATE notification_outbox SET status = 'FAILED', created_at = :at WHERE id = :id")
                .param("at", now.minusDays(200)).param("id", ids.get("failed-long-ago")).update();
        jdbc.sql("UPDATE notification_outbox SET created_at = :at WHERE id = :id")
                .param("at", now.minusDays(200)).param("id", ids.get("pending-long-ago")).update();

        assertThat(dispatcher.purgeSent()).isGreaterThanOrEqualTo(1);

        assertThat(repository.find(ids.get("sent-long-ago"))).isEmpty();
        assertThat(repository.attachments(ids.get("sent-long-ago"))).isEmpty();
        for (String kept : List.of("sent-lately", "pending-long-ago", "failed-long-ago")) {
            assertThat(repository.find(ids.get(kept))).as(kept).isPresent();
            assertThat(repository.attachments(ids.get(kept))).as(kept + "'s file").hasSize(1);
        }
        assertThat(dispatcher.purgeSent()).as("a second purge finds nothing more").isZero();
        jdbc.sql("DELETE FROM notification_attachment WHERE message_id IN (:ids)").param("ids", ids.values()).update();
        jdbc.sql("DELETE FROM notification_outbox WHERE id IN (:ids)").param("ids", ids.values()).update();
    }
}
