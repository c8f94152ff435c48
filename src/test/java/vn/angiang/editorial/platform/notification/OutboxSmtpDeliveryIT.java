package vn.angiang.editorial.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * The outbox against a real PostgreSQL and a real SMTP server (GreenMail), the full application booted.
 * Every test mails its own domain, so the dispatcher running in the background for all of them cannot
 * mix their messages up.
 */
@SpringBootTest(properties = {
        "editorial.mail.mode=smtp",
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=5000",
        "editorial.mail.from=bbt@bbt.angiang.test",
        "editorial.mail.dispatch-interval=150ms",
        "editorial.mail.batch-size=5",
        "editorial.mail.backoff-base=100ms",
        "editorial.mail.backoff-max=300ms",
        // these tests never want a message to give up; OutboxPermanentFailureIT does
        "editorial.mail.max-attempts=1000",
        "editorial.public-base-url=https://bbt.angiang.test/",
        "editorial.demo.enabled=false"})
@ContextConfiguration(initializers = EmbeddedPostgresSupport.Initializer.class)
class OutboxSmtpDeliveryIT {

    static final int SMTP_PORT = freePort();
    static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final AtomicInteger RUNS = new AtomicInteger();
    static volatile GreenMail greenMail;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        greenMail = new GreenMail(SMTP);
        greenMail.start();
    }

    @AfterAll
    static void stopSmtp() {
        greenMail.stop();
    }

    @Autowired Outbox outbox;
    @Autowired OutboxRepository repository;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired TransactionTemplate transaction;
    @Autowired MeterRegistry meters;
    @Autowired JdbcClient jdbc;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired FailIfAsked failIfAsked;

    @Test
    void messageOfCommittedTransactionIsDeliveredExactlyOnceWithVietnameseTextIntact() throws Exception {
        String domain = newDomain();
        String to = "truongban@" + domain;
        transaction.executeWithoutResult(tx -> outbox.enqueue(to, "generic", Map.of(
                "recipientName", "Nguyễn Văn Hùng",
                "subject", "Thư mời họp Ban Biên tập định kỳ 6 tháng",
                "message", "Kính mời Ông dự họp lúc 8 giờ 00, thứ Năm ngày 16/10/2025, tại phòng họp Sở."),
                "meeting:2025-2"));

        OutboxMessage sent = awaitStatus(to, OutboxStatus.SENT).get(0);
        assertThat(sent.channel()).isEqualTo("smtp");
        assertThat(sent.attempts()).isZero();
        assertThat(sent.reference()).isEqualTo("meeting:2025-2");

        List<MimeMessage> received = received(domain);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("[Ban Biên tập] Thư mời họp Ban Biên tập định kỳ 6 tháng");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent())
                .contains("Kính gửi Nguyễn Văn Hùng,")
                .contains("Kính mời Ông dự họp lúc 8 giờ 00, thứ Năm ngày 16/10/2025, tại phòng họp Sở.")
                .contains("vui lòng không trả lời thư này");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("bbt@bbt.angiang.test");
        assertThat(from.getPersonal()).isEqualTo("Ban Biên tập Cổng thông tin điện tử tỉnh An Giang");
        assertThat(mail.getHeader(SmtpMailDelivery.OUTBOX_ID_HEADER)).containsExactly(Long.toString(sent.id()));

        // further rounds, on this node or any other, do not send it again
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        assertThat(received(domain)).hasSize(1);
    }

    @Test
    void transactionThatRollsBackSendsNothing() {
        String domain = newDomain();
        String to = "tv.kinhte@" + domain;
        transaction.executeWithoutResult(tx -> {
            outbox.enqueue(to, "generic", Map.of("subject", "Không được gửi"), "rolled-back");
            assertThat(repository.findByRecipient(to)).as("visible inside its own transaction").hasSize(1);
            tx.setRollbackOnly();
        });

        assertThat(repository.findByRecipient(to)).isEmpty();
        dispatcher.dispatchDue();
        assertThat(received(domain)).isEmpty();
    }

    @Test
    void enqueueRefusesToRunOutsideATransactionAndRejectsBadInput() {
        String to = "ngoai-giao-dich@" + newDomain();
        assertThatThrownBy(() -> outbox.enqueue(to, "generic", Map.of(), null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        assertThat(repository.findByRecipient(to)).isEmpty();

        String good = "tot@" + newDomain();
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            outbox.enqueue(good, "generic", Map.of(), null);
            outbox.enqueue(good, "khong-co-mau-nay", Map.of(), null);
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Không có mẫu thư \"khong-co-mau-nay\"");
        assertThat(repository.findByRecipient(good)).as("the whole transaction rolled back").isEmpty();

        assertThatThrownBy(() -> transaction.executeWithoutResult(
                tx -> outbox.enqueue("khong-phai-dia-chi", "generic", Map.of(), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Địa chỉ e-mail không hợp lệ");
    }

    @Test
    void messagesWaitWhileTheMailServerIsDownAndAreAllDeliveredOnceWhenItIsBack() throws Exception {
        String domain = newDomain();
        double retriesBefore = meters.counter("editorial.mail.retries").count();
        greenMail.stop();
        List<String> recipients = new ArrayList<>();
        try {
            transaction.executeWithoutResult(tx -> {
                for (int i = 1; i <= 4; i++) {
                    String to = "thanhvien" + i + "@" + domain;
                    recipients.add(to);
                    outbox.enqueue(to, "generic", Map.of("subject", "Báo cáo tháng " + i), "outage");
                }
            });

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (String to : recipients) {
                    OutboxMessage m = repository.findByRecipient(to).get(0);
                    assertThat(m.attempts()).as("failed attempts of %s", to).isGreaterThanOrEqualTo(2);
                }
            });
            for (String to : recipients) {
                OutboxMessage m = repository.findByRecipient(to).get(0);
                assertThat(m.status()).isIn(OutboxStatus.PENDING, OutboxStatus.SENDING);
                assertThat(m.lastError()).isNotBlank();
            }
            assertThat(meters.counter("editorial.mail.retries").count() - retriesBefore)
                    .isGreaterThanOrEqualTo(2.0 * recipients.size());
            dispatcher.refreshGauges();
            assertThat(meters.get("editorial.mail.pending").gauge().value()).isGreaterThanOrEqualTo(recipients.size());
        } finally {
            greenMail = new GreenMail(SMTP);
            greenMail.start();
        }

        for (String to : recipients) {
            awaitStatus(to, OutboxStatus.SENT);
        }
        dispatcher.dispatchDue();
        List<MimeMessage> received = received(domain);
        assertThat(received).hasSize(recipients.size());
        Set<String> outboxIds = new HashSet<>();
        Set<String> to = new HashSet<>();
        for (MimeMessage m : received) {
            outboxIds.add(m.getHeader(SmtpMailDelivery.OUTBOX_ID_HEADER)[0]);
            to.add(((InternetAddress) m.getAllRecipients()[0]).getAddress());
        }
        assertThat(outboxIds).hasSize(recipients.size());
        assertThat(to).containsExactlyInAnyOrderElementsOf(recipients);
    }

    @Test
    void severalDispatchersAtOnceSendEveryMessageExactlyOnce() throws Exception {
        String domain = newDomain();
        int count = 40;
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue("nguoinhan" + i + "@" + domain, "generic", Map.of("subject", "Tin số " + i), "burst");
            }
        });
        // four more "nodes" besides the scheduled one, each claiming with its own tokens
        List<CompletableFuture<Void>> nodes = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            nodes.add(CompletableFuture.runAsync(() -> {
                for (int round = 0; round < 20; round++) {
                    dispatcher.dispatchDue();
                }
            }));
        }
        CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        for (int i = 0; i < count; i++) {
            awaitStatus("nguoinhan" + i + "@" + domain, OutboxStatus.SENT);
        }
        List<MimeMessage> received = received(domain);
        Map<String, Integer> perOutboxId = new HashMap<>();
        for (MimeMessage m : received) {
            perOutboxId.merge(m.getHeader(SmtpMailDelivery.OUTBOX_ID_HEADER)[0], 1, Integer::sum);
        }
        assertThat(perOutboxId).hasSize(count);
        assertThat(perOutboxId.values()).allMatch(n -> n == 1);
        assertThat(received).hasSize(count);
    }

    /**
     * Claims at the database level, with a "now" far in the future so that the scheduled dispatcher (on
     * the real clock) never touches these rows.
     */
    @Test
    void aClaimIsExclusiveDoesNotWaitForAnotherNodeAndExpiresWithItsLease() throws Exception {
        OffsetDateTime future = OffsetDateTime.of(2100, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        String domain = newDomain();
        List<Long> ids = new ArrayList<>();
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < 6; i++) {
                ids.add(repository.insert("claim" + i + "@" + domain, "Tiêu đề", "Nội dung", "generic", "claim-test",
                        future));
            }
        });
        Duration lease = Duration.ofMinutes(5);
        try {
            CountDownLatch firstClaimed = new CountDownLatch(1);
            CountDownLatch secondDone = new CountDownLatch(1);
            AtomicBoolean firstCommitted = new AtomicBoolean();
            List<OutboxMessage> first = new ArrayList<>();
            CompletableFuture<Void> nodeA = CompletableFuture.runAsync(() -> {
                transaction.executeWithoutResult(tx -> {
                    first.addAll(repository.claim("node-a/1", future, future.plus(lease), 3));
                    firstClaimed.countDown();
                    try {
                        // keep the row locks until node B is done (or, if B waits for them, give up after a while)
                        secondDone.await(15, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                firstCommitted.set(true);
            });
            firstClaimed.await();
            AtomicBoolean secondSawFirstCommitted = new AtomicBoolean();
            List<OutboxMessage> second = CompletableFuture.supplyAsync(() -> {
                List<OutboxMessage> claimed = repository.claim("node-b/1", future, future.plus(lease), 10);
                secondSawFirstCommitted.set(firstCommitted.get());
                secondDone.countDown();
                return claimed;
            }).get(1, TimeUnit.MINUTES);
            nodeA.get(1, TimeUnit.MINUTES);

            assertThat(first).hasSize(3);
            assertThat(secondSawFirstCommitted).as("node B took other rows instead of waiting for node A").isFalse();
            Set<Long> union = new HashSet<>();
            first.forEach(m -> union.add(m.id()));
            second.forEach(m -> assertThat(union.add(m.id())).as("claimed twice: %s", m.id()).isTrue());
            assertThat(union).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(second).allSatisfy(m -> {
                assertThat(m.status()).isEqualTo(OutboxStatus.SENDING);
                assertThat(m.lockedBy()).isEqualTo("node-b/1");
            });

            // while the leases last nobody else gets them
            assertThat(repository.claim("node-c/1", future.plus(Duration.ofMinutes(1)),
                    future.plus(Duration.ofMinutes(6)), 10)).isEmpty();
            // node A dies: once its lease has run out, its rows are taken over
            OffsetDateTime later = future.plus(lease).plusSeconds(1);
            List<OutboxMessage> takenOver = repository.claim("node-c/2", later, later.plus(lease), 10);
            assertThat(takenOver).extracting(OutboxMessage::id).containsExactlyInAnyOrderElementsOf(ids);
            // and a late word from node A no longer counts
            assertThat(repository.markSent(first.get(0).id(), "node-a/1", "smtp", later)).isFalse();
            assertThat(repository.markSent(first.get(0).id(), "node-c/2", "smtp", later)).isTrue();
        } finally {
            jdbc.sql("DELETE FROM notification_outbox WHERE id IN (:ids)").param("ids", ids).update();
        }
    }

    /**
     * The reusable BPMN pieces in a process started by someone who may not read other users: the requester
     * and the new task's candidates are mailed after commit, and not at all when a later step of the same
     * transaction fails.
     */
    @Test
    void processNotificationsAreSentAfterCommitAndNotAtAllWhenTheTransactionFails() throws Exception {
        int run = RUNS.incrementAndGet();
        String domain = newDomain();
        String suffix = "-" + run + "-" + System.nanoTime() % 100000;
        String requester = "ctv" + suffix;
        String candidate = "bientap" + suffix;
        String member = "thanhvien" + suffix;
        String sameAddress = "thanhvien.phu" + suffix;
        String noEmail = "khongmail" + suffix;
        String starter = "nguoikhoitao" + suffix;
        String group = "bbt-thu" + suffix;
        user(requester, "Hồ Ngọc", "Lan", "ctv.lan@" + domain);
        user(candidate, "Ngô Thành", "An", "ttth.an@" + domain);
        user(member, "Võ Thị", "Lan", "tv.kinhte@" + domain);
        user(sameAddress, "Võ Thị", "Lan (phụ)", "TV.KINHTE@" + domain);
        user(noEmail, "Lý Thị", "Bình", null);
        user(starter, "Người", "Khởi tạo", "starter@" + domain);
        Group g = identityService.newGroup(group);
        g.setName("Thành viên BBT (thử)");
        identityService.saveGroup(g);
        for (String u : List.of(candidate, member, sameAddress, noEmail)) {
            identityService.createMembership(u, group);
        }

        String key = "outboxNotificationCheck" + run;
        BpmnModelInstance model = Bpmn.createExecutableProcess(key)
                .name("Duyệt tin bài (kiểm thử thông báo)")
                .camundaHistoryTimeToLive(1)
                .startEvent("submitted")
                .serviceTask("notifyOutcome").name("Báo kết quả cho người gửi")
                .camundaDelegateExpression("${notifyRequester}")
                .parallelGateway("fork")
                .userTask("vetSubmission").name("Kiểm duyệt tin bài")
                .camundaCandidateUsers(candidate)
                .camundaCandidateGroups(group)
                .camundaDueDate("${dueDate}")
                .camundaTaskListenerDelegateExpression("create", "${notifyCandidates}")
                .endEvent("vetted")
                .moveToNode("fork")
                .serviceTask("failIfAsked").camundaDelegateExpression("${failIfAsked}")
                .endEvent("checked")
                .done();
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        grantStart(starter, key);

        // 17:30 UTC on 20 May is 00:30 on 21 May in Vietnam
        Date due = Date.from(Instant.parse("2025-05-20T17:30:00Z"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("requesterId", requester);
        variables.put("itemTitle", "Lễ hội Bà Chúa Xứ Núi Sam 2025");
        variables.put("outcome", "approved");
        variables.put("outcomeComment", "Đề nghị bổ sung ảnh minh họa.");
        variables.put("dueDate", due);
        variables.put("mailDomain", domain);

        // the failing run: everything was written inside the transaction, then it rolled back
        variables.put("fail", true);
        identityService.setAuthenticatedUserId(starter);
        try {
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(key, "TB-" + run, variables))
                    .hasMessageContaining("Lỗi giả lập");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(failIfAsked.seenInsideTransaction(domain)).containsExactlyInAnyOrder(
                "ctv.lan@" + domain, "ttth.an@" + domain, "tv.kinhte@" + domain);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
        for (String address : List.of("ctv.lan@", "ttth.an@", "tv.kinhte@")) {
            assertThat(repository.findByRecipient(address + domain)).isEmpty();
        }
        dispatcher.dispatchDue();
        assertThat(received(domain)).isEmpty();

        // the same start that commits
        variables.put("fail", false);
        identityService.setAuthenticatedUserId(starter);
        String processInstanceId;
        try {
            processInstanceId = runtimeService.startProcessInstanceByKey(key, "TB-" + run, variables).getId();
        } finally {
            identityService.clearAuthentication();
        }
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        awaitStatus("ctv.lan@" + domain, OutboxStatus.SENT);
        awaitStatus("ttth.an@" + domain, OutboxStatus.SENT);
        awaitStatus("tv.kinhte@" + domain, OutboxStatus.SENT);

        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage m : received(domain)) {
            String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
            assertThat(byRecipient.put(to, m)).as("second message to %s", to).isNull();
        }
        assertThat(byRecipient).containsOnlyKeys("ctv.lan@" + domain, "ttth.an@" + domain, "tv.kinhte@" + domain);

        MimeMessage outcome = byRecipient.get("ctv.lan@" + domain);
        assertThat(outcome.getSubject()).isEqualTo("[Ban Biên tập] Kết quả xử lý: Lễ hội Bà Chúa Xứ Núi Sam 2025");
        assertThat((String) outcome.getContent())
                .contains("Kính gửi Hồ Ngọc Lan,")
                .contains("Quy trình: Duyệt tin bài (kiểm thử thông báo)")
                .contains("Mã hồ sơ:  TB-" + run)
                .contains("Kết quả:   Đã được phê duyệt")
                .contains("Đề nghị bổ sung ảnh minh họa.");

        MimeMessage newTask = byRecipient.get("ttth.an@" + domain);
        assertThat(newTask.getSubject()).isEqualTo("[Ban Biên tập] Công việc mới: Kiểm duyệt tin bài");
        assertThat((String) newTask.getContent())
                .contains("Kính gửi Ngô Thành An,")
                .contains("Quy trình:  Duyệt tin bài (kiểm thử thông báo)")
                .contains("Hạn xử lý:  21/05/2025 00:30")
                .contains("https://bbt.angiang.test/camunda/app/tasklist/default/#/?task=" + task.getId());
        assertThat((String) byRecipient.get("tv.kinhte@" + domain).getContent()).contains("Kính gửi Võ Thị Lan,");
        assertThat(repository.findByReference("task:" + task.getId())).hasSize(2);
    }

    // --- helpers ---

    private void user(String id, String firstName, String lastName, String email) {
        User u = identityService.newUser(id);
        u.setFirstName(firstName);
        u.setLastName(lastName);
        u.setEmail(email);
        u.setPassword("khong-dung-" + id);
        identityService.saveUser(u);
    }

    private void grantStart(String userId, String processKey) {
        Authorization definition = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        definition.setUserId(userId);
        definition.setResource(Resources.PROCESS_DEFINITION);
        definition.setResourceId(processKey);
        definition.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
        authorizationService.saveAuthorization(definition);
        Authorization instances = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        instances.setUserId(userId);
        instances.setResource(Resources.PROCESS_INSTANCE);
        instances.setResourceId("*");
        instances.addPermission(Permissions.CREATE);
        authorizationService.saveAuthorization(instances);
    }

    private List<OutboxMessage> awaitStatus(String recipient, OutboxStatus status) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(repository.findByRecipient(recipient))
                        .isNotEmpty()
                        .allSatisfy(m -> assertThat(m.status()).isEqualTo(status)));
        return repository.findByRecipient(recipient);
    }

    private static List<MimeMessage> received(String domain) {
        return Arrays.asList(greenMail.getReceivedMessagesForDomain(domain));
    }

    private static String newDomain() {
        return "lan" + RUNS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime()) + ".angiang.test";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A step after the notifications that fails on request, noting what the outbox held inside its transaction. */
    static class FailIfAsked implements JavaDelegate {
        private final JdbcClient jdbc;
        private final Map<String, List<String>> seen = new ConcurrentHashMap<>();

        FailIfAsked(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            if (!Boolean.TRUE.equals(execution.getVariable("fail"))) {
                return;
            }
            String domain = (String) execution.getVariable("mailDomain");
            seen.put(domain, jdbc.sql("SELECT recipient FROM notification_outbox WHERE recipient LIKE :pattern")
                    .param("pattern", "%@" + domain)
                    .query(String.class)
                    .list());
            throw new IllegalStateException("Lỗi giả lập ở bước sau khi đã ghi thư vào outbox");
        }

        List<String> seenInsideTransaction(String domain) {
            return seen.getOrDefault(domain, List.of());
        }
    }

    @TestConfiguration
    static class TestBeans {
        @Bean
        FailIfAsked failIfAsked(JdbcClient jdbc) {
            return new FailIfAsked(jdbc);
        }
    }
}
