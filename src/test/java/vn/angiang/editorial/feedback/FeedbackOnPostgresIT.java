package vn.angiang.editorial.feedback;

import vn.angiang.editorial.feedback.process.FeedbackProcessStarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * The whole way on a real PostgreSQL and a real SMTP server (GreenMail), over HTTP as the portal and
 * Tasklist use it: a citizen submits through the public endpoint; the IT center, the agency and a board
 * member work their tasks through the REST API with the demo users; the answer appears publicly
 * without personal data; the citizen's e-mail arrives. And an agency cannot see, claim or complete a
 * task routed to another agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "editorial.mail.mode=smtp",
        "spring.mail.host=127.0.0.1",
        "editorial.mail.dispatch-interval=200ms",
        "editorial.mail.backoff-base=200ms",
        "editorial.public-base-url=https://angiang.gov.vn",
        "editorial.feedback.intake.rate-limit-per-minute=1000"})
class FeedbackOnPostgresIT {

    static final int SMTP_PORT = freePort();
    static GreenMail greenMail;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "feedback_test");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @AfterAll
    static void stopSmtp() {
        greenMail.stop();
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired FeedbackProcessStarter starter;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    static final String CITIZEN_EMAIL = "tran.thi.mai@example.vn";
    static final String SUBMISSION = """
            {"senderName": "Trần Thị Mai", "senderAddress": "45 Lê Lợi, phường Châu Đốc",
             "senderPhone": "0913 222 333", "senderEmail": "%s",
             "subject": "Bệnh viện thiếu thuốc bảo hiểm y tế",
             "content": "Tôi là Trần Thị Mai, điện thoại 0913 222 333. Bệnh viện khu vực thường báo hết thuốc bảo hiểm y tế, người bệnh phải tự mua.",
             "topic": "health", "area": "chau-doc"}""";

    @Test
    void aCitizensFeedbackGoesAllTheWayToAPublishedAnswerAndAnEmail() throws Exception {
        // the citizen submits through the public endpoint
        HttpResponse<String> submitted = postJson("/public/feedback", SUBMISSION.formatted(CITIZEN_EMAIL));
        assertThat(submitted.statusCode()).isEqualTo(201);
        String code = json.readTree(submitted.body()).get("trackingCode").asText();
        assertThat(code).matches("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(submitted.headers().firstValue("Location")).contains("/public/feedback/" + code);
        assertThat(jdbc.sql("SELECT channel FROM feedback WHERE tracking_code = :c").param("c", code).query(String.class).single())
                .isEqualTo("web");
        JsonNode received = json.readTree(get("/public/feedback/" + code, null).body());
        assertThat(received.get("statusLabel").asText()).isEqualTo("Đã tiếp nhận");

        // the IT center classifies; the proposal is the health department
        String classify = awaitTask(code, "ttth.an", "classifyFeedback");
        assertThat(post("/engine-rest/task/" + classify + "/claim", "ttth.an", "{\"userId\":\"ttth.an\"}").statusCode()).isEqualTo(204);
        JsonNode variables = json.readTree(get("/engine-rest/task/" + classify + "/form-variables", "ttth.an").body());
        assertThat(variables.at("/proposedAgency/value").asText()).isEqualTo("agency-health");
        assertThat(variables.has("senderName")).isFalse();
        HttpResponse<String> refused = post("/engine-rest/task/" + classify + "/submit-form", "ttth.an",
                form(Map.of("classification", "forward", "agencyGroup", "agency-nowhere")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("message").asText()).contains("không phải cơ quan trong sơ đồ tổ chức");
        assertThat(post("/engine-rest/task/" + classify + "/submit-form", "ttth.an",
                form(Map.of("classification", "forward", "agencyGroup", "agency-health"))).statusCode()).isEqualTo(204);

        // forwarding is the board's act (Đ5.4, Đ14.3): the head approves, a numbered slip is issued
        String approval = awaitTask(code, "truongban", "approveForwarding");
        assertThat(post("/engine-rest/task/" + approval + "/submit-form", "ttth.an",
                form(Map.of("forwardDecision", "approve"))).statusCode()).as("not the IT center").isIn(400, 403, 404);
        assertThat(post("/engine-rest/task/" + approval + "/submit-form", "truongban",
                form(Map.of("forwardDecision", "approve"))).statusCode()).isEqualTo(204);
        JsonNode slips = json.readTree(get("/api/feedback/" + code + "/papers", "syt.vanthu").body());
        assertThat(slips.get(0).get("number").asText()).endsWith("/PC-BBT");
        HttpResponse<String> slipPdf = get(slips.get(0).get("pdf").asText(), "syt.vanthu");
        assertThat(slipPdf.statusCode()).isEqualTo(200);
        assertThat(slipPdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(get(slips.get(0).get("pdf").asText(), "sgd.vanthu").statusCode()).as("not another agency's").isEqualTo(403);

        // the agency's task is routed to the health department only
        String answer = awaitTask(code, "syt.vanthu", "answerFeedback");
        assertThat(tasksOf(code, "sgd.vanthu")).as("another agency sees nothing").isEmpty();
        assertThat(get("/engine-rest/task/" + answer, "sgd.vanthu").statusCode()).isIn(403, 404);
        assertThat(post("/engine-rest/task/" + answer + "/claim", "sgd.vanthu", "{\"userId\":\"sgd.vanthu\"}").statusCode()).isIn(403, 404);
        assertThat(post("/engine-rest/task/" + answer + "/submit-form", "sgd.vanthu",
                form(Map.of("agencyResponse", "answer", "agencyAnswer", "Trả lời của cơ quan khác"))).statusCode()).isIn(403, 404);
        assertThat(post("/engine-rest/task/" + answer + "/complete", "sgd.vanthu", "{}").statusCode()).isIn(403, 404);
        assertThat(post("/engine-rest/task/" + answer + "/claim", "ubnd.longxuyen", "{\"userId\":\"ubnd.longxuyen\"}").statusCode()).isIn(403, 404);
        assertThat(json.readTree(get("/engine-rest/task/" + answer, "syt.vanthu").body()).get("assignee").isNull())
                .as("nobody else claimed it").isTrue();
        assertThat(json.readTree(get("/public/feedback/" + code, null).body()).get("statusLabel").asText()).isEqualTo("Đang xử lý");

        assertThat(post("/engine-rest/task/" + answer + "/claim", "syt.vanthu", "{\"userId\":\"syt.vanthu\"}").statusCode()).isEqualTo(204);
        assertThat(post("/engine-rest/task/" + answer + "/submit-form", "syt.vanthu", form(Map.of("agencyResponse", "answer",
                "agencyAnswer", "Sở Y tế đã chỉ đạo bệnh viện bổ sung thuốc trong tháng này. Bà Trần Thị Mai có thể gọi 0296 3861 000 để được hỗ trợ."))))
                .extracting(HttpResponse::statusCode).isEqualTo(204);

        // a board member reviews and accepts
        String review = awaitTask(code, "tv.vanhoa", "reviewAnswer");
        assertThat(post("/engine-rest/task/" + review + "/claim", "tv.vanhoa", "{\"userId\":\"tv.vanhoa\"}").statusCode()).isEqualTo(204);
        assertThat(post("/engine-rest/task/" + review + "/submit-form", "tv.vanhoa", form(Map.of("reviewDecision", "accept"))).statusCode())
                .isEqualTo(204);

        // public: the answer, no personal data
        HttpResponse<String> status = get("/public/feedback/" + code, null);
        JsonNode published = json.readTree(status.body());
        assertThat(published.get("statusLabel").asText()).isEqualTo("Đã trả lời");
        assertThat(published.get("answer").asText()).startsWith("Sở Y tế đã chỉ đạo bệnh viện bổ sung thuốc trong tháng này.");
        assertThat(published.get("question").asText()).contains("Bệnh viện khu vực thường báo hết thuốc");
        assertThat(published.get("handlingAgency").asText()).isEqualTo("Sở Y tế");
        String answers = get("/public/feedback/answers", null).body();
        String page = get("/public/feedback/status?code=" + code, null).body();
        String feed = get("/public/feed", null).body();
        assertThat(json.readTree(feed).get("items").findValuesAsText("categoryLabel")).contains("Trả lời phản ánh, kiến nghị");
        for (String text : new String[] {status.body(), answers, page, feed, get("/public/feed.atom", null).body()}) {
            assertThat(text).contains("bổ sung thuốc")
                    .doesNotContain("Trần Thị Mai", "0913 222 333", "0913222333", CITIZEN_EMAIL, "45 Lê Lợi", "0296 3861 000");
        }

        // the audit trail: IT center (with the sender's contact), board (without), never an agency or anonymous
        JsonNode trail = json.readTree(get("/api/feedback/" + code + "/audit", "ttth.an").body());
        assertThat(trail.at("/sender/email").asText()).isEqualTo(CITIZEN_EMAIL);
        assertThat(trail.get("events").findValuesAsText("step")).containsSubsequence("feedbackReceived", "proposeAgency",
                "classifyFeedback", "answerFeedback", "reviewAnswer", "publishAnswer", "notifySender");
        assertThat(trail.get("events").findValuesAsText("actorId")).contains("ttth.an", "syt.vanthu", "tv.vanhoa");
        HttpResponse<String> boardView = get("/api/feedback/" + code + "/audit", "tv.vanhoa");
        assertThat(boardView.statusCode()).isEqualTo(200);
        assertThat(json.readTree(boardView.body()).get("sender").isNull()).isTrue();
        assertThat(get("/api/feedback/" + code + "/audit", "syt.vanthu").statusCode()).isEqualTo(403);
        assertThat(get("/api/feedback/" + code + "/audit", null).statusCode()).isEqualTo(401);

        // the citizen's e-mail arrives at the SMTP server
        MimeMessage mail = await().atMost(Duration.ofSeconds(60)).until(() -> greenMail.getReceivedMessages(),
                messages -> java.util.Arrays.stream(messages).anyMatch(m -> to(m).contains(CITIZEN_EMAIL)))
                .length > 0 ? java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m).contains(CITIZEN_EMAIL))
                .findFirst().orElseThrow() : null;
        assertThat(mail.getSubject()).contains(code);
        String body = GreenMailUtil.getBody(mail);
        assertThat(decoded(mail)).contains("Sở Y tế đã chỉ đạo bệnh viện bổ sung thuốc", code,
                "https://angiang.gov.vn/public/feedback/status?code=" + code);
        assertThat(body).isNotEmpty();
    }

    @Test
    void theHtmlFormWorksWithoutJavaScriptAndShowsErrorsNextToTheFields() throws Exception {
        String page = get("/public/feedback/form", null).body();
        assertThat(page).contains("<html lang=\"vi\">", "<label for=\"senderName\">", "<select id=\"topic\"", "Y tế, an toàn thực phẩm",
                "phường Long Xuyên");

        long before = count();
        HttpResponse<String> bad = postForm("/public/feedback/form", Map.of("senderName", "<b>Lan</b>", "senderAddress", "",
                "subject", "Xin hỏi", "content", "ngắn", "topic", "health", "area", "long-xuyen"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"senderName-loi\"", "aria-invalid=\"true\"", "không được chứa thẻ HTML",
                "Địa chỉ là bắt buộc.", "role=\"alert\"").doesNotContain("<b>Lan</b>");
        assertThat(count()).isEqualTo(before);

        HttpResponse<String> good = postForm("/public/feedback/form", Map.of("senderName", "Lê Văn Lan",
                "senderAddress", "Ấp 3, xã Tri Tôn", "senderPhone", "0296 3874 111", "subject", "Đèn đường không sáng",
                "content", "Đèn đường trên tuyến tỉnh lộ qua ấp 3 không sáng đã hai tuần, đi lại ban đêm nguy hiểm.",
                "topic", "local-affairs", "area", "tri-ton"));
        assertThat(good.statusCode()).isEqualTo(201);
        assertThat(good.body()).contains("Mã tra cứu", "class=\"ma\"");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void theItCenterEntersFeedbackReceivedByEmailFromTasklistsStartForm() throws Exception {
        String path = "/engine-rest/process-definition/key/feedback-handling/submit-form";
        long before = count();
        HttpResponse<String> incomplete = post(path, "ttth.an", form(Map.of("channel", "email", "senderName", "Võ Văn Tâm")));
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(json.readTree(incomplete.body()).get("message").asText()).contains("Địa chỉ là bắt buộc.", "Tiêu đề là bắt buộc.");
        assertThat(count()).isEqualTo(before);
        assertThat(post(path, "syt.vanthu", form(Map.of("channel", "email"))).statusCode()).as("an agency may not enter feedback")
                .isIn(403, 404);

        HttpResponse<String> started = post(path, "ttth.an", form(Map.of("channel", "email", "senderName", "Võ Văn Tâm",
                "senderAddress", "Khóm 2, phường Tân Châu", "senderEmail", "tam.vo@example.vn", "subject", "Hỏi về học bổng",
                "content", "Xin hỏi điều kiện xét học bổng cho học sinh vùng sâu năm học này.", "topic", "education",
                "area", "tan-chau")));
        assertThat(started.statusCode()).isEqualTo(200);
        String code = json.readTree(started.body()).get("businessKey").asText();
        assertThat(jdbc.sql("SELECT channel || '/' || entered_by FROM feedback WHERE tracking_code = :c").param("c", code)
                .query(String.class).single()).isEqualTo("email/ttth.an");
        awaitTask(code, "ttth.binh", "classifyFeedback");
        assertThat(get("/engine-rest/history/variable-instance?includeDeleted=true&variableName=senderEmail&processInstanceId="
                + json.readTree(started.body()).get("id").asText(), "demo").body()).isEqualTo("[]");
    }

    /**
     * A burst of public submissions while three starters run at once (as on three nodes, besides this
     * node's own background starter): every submission gets exactly one process instance.
     */
    @Test
    void concurrentStartersStartEverySubmissionExactlyOnce() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> submitted = postJson("/public/feedback", SUBMISSION.formatted("burst" + i + "@example.vn"));
            assertThat(submitted.statusCode()).isEqualTo(201);
            codes.add(json.readTree(submitted.body()).get("trackingCode").asText());
        }
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                rounds.add(nodes.submit(starter::startWaiting));
            }
            for (Future<Integer> round : rounds) {
                round.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM feedback WHERE process_instance_id IS NULL")
                .query(Long.class).single() == 0);
        for (String code : codes) {
            assertThat(jdbc.sql("SELECT count(*) FROM act_hi_procinst WHERE business_key_ = :c").param("c", code)
                    .query(Long.class).single()).as("instances of %s", code).isEqualTo(1);
            assertThat(jdbc.sql("SELECT f.process_instance_id = p.id_ FROM feedback f JOIN act_hi_procinst p "
                    + "ON p.business_key_ = f.tracking_code WHERE f.tracking_code = :c").param("c", code)
                    .query(Boolean.class).single()).as("record of %s linked to its instance", code).isTrue();
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------

    String awaitTask(String code, String user, String taskKey) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode tasks = tasksOf(code, user);
            assertThat(tasks.isArray()).as("task list of %s: %s", user, tasks).isTrue();
            for (JsonNode task : tasks) {
                if (taskKey.equals(task.get("taskDefinitionKey").asText())) {
                    return task.get("id").asText();
                }
            }
            return null;
        }, id -> id != null);
    }

    JsonNode tasksOf(String code, String user) throws IOException, InterruptedException {
        return json.readTree(get("/engine-rest/task?processInstanceBusinessKey=" + code, user).body());
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM feedback").query(Long.class).single();
    }

    String form(Map<String, String> values) throws IOException {
        Map<String, Object> variables = values.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Map.of("value", e.getValue(), "type", "String")));
        return json.writeValueAsString(Map.of("variables", variables));
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        auth(request, user);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String user, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        auth(request, user);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return post(path, null, body);
    }

    HttpResponse<String> postForm(String path, Map<String, String> values) throws IOException, InterruptedException {
        String body = values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static void auth(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
    }

    static String to(MimeMessage message) {
        try {
            return java.util.Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    static String decoded(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(message);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
