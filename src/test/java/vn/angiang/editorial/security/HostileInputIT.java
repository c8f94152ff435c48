package vn.angiang.editorial.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.angiang.editorial.security.EngineHttp.body;
import static vn.angiang.editorial.security.EngineHttp.value;
import static vn.angiang.editorial.security.EngineHttp.variables;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.angiang.editorial.feedback.web.FeedbackIntakeProperties;
import vn.angiang.editorial.security.HostileInputs.Input;
import vn.angiang.editorial.security.HostileInputs.Kind;
import vn.angiang.editorial.security.Wire.Escaping;
import vn.angiang.editorial.security.Wire.JsonText;
import vn.angiang.editorial.security.Wire.Slot;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * Well over a thousand generated hostile values (see {@link HostileInputs}; seed printed with every
 * failure, {@code -Dhostile.seed=...} to replay another), sent on the real HTTP stack to every public
 * endpoint and to every write the roles make: starting content approval as a collaborator and as the
 * IT center, starting feedback handling, completing and submitting the forms of the tasks each user
 * holds, task comments — through the REST API and through the webapps' own API with a session and
 * its CSRF token. Then:
 * <ul>
 * <li>no answer is a server error (all offenders of a door are reported together, with their numbers);</li>
 * <li>a refusal of a public endpoint carries the Vietnamese message the endpoint gives, and no public
 * page carries script;</li>
 * <li>nothing stored and shown later holds active markup ({@link StoredText});</li>
 * <li>no value was ever evaluated: neither the expression probe nor the SQL probe created its table;</li>
 * <li>the Atom feed, into which hostile titles and bodies were published, is well-formed XML.</li>
 * </ul>
 * The public intake's limits stay as configured: each hostile request comes from its own client address,
 * passed by a trusted proxy in {@code X-Forwarded-For} as in production, and floods from one address are
 * refused with 429 (a refusal, not a failure).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native",
                // every refused command would be logged with its stack trace (and the hostile value in its
                // message): megabytes that slow the run and say nothing the answers do not
                "logging.level.org.camunda.bpm.engine.context=off"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "security_hostile");
    }

    private static final long SEED = HostileInputs.seed();
    /** Hostile inputs sent over all tests of the run. */
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    /** Titles of hostile items that reached the public feed. */
    private static final List<String> PUBLISHED = new CopyOnWriteArrayList<>();

    private static final String JSON = "application/json; charset=UTF-8";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> ODD_CONTENT_TYPES = List.of("text/plain", "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16", FORM, "multipart/form-data; boundary=x", "application/xml",
            "application/json; charset=\"utf-8\"; x=<script>", "*/*", "application/json;;;", "json");
    private static final List<String> VARIABLE_TYPES = List.of("String", "Json", "Integer", "Long", "Double",
            "Boolean", "Date", "Bytes", "Object", "Null", "Short", "File", "Xml", "json", "string", "");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired FeedbackIntakeProperties intake;

    EngineHttp http;
    Scenarios scenarios;
    WebSession anonymous;

    @BeforeEach
    void clients() {
        http = new EngineHttp(port);
        scenarios = new Scenarios(http, jdbc);
        anonymous = WebSession.anonymous(port);
    }

    // --- the public endpoints ------------------------------------------------------------------

    @Test
    @Order(1)
    void publicJsonIntake() {
        HostileInputs inputs = HostileInputs.stream(1);
        Run run = new Run("POST /public/feedback");
        for (int i = 0; i < 220; i++) {
            Input input = inputs.next();
            Map<Object, Object> form = feedback();
            Object document = form;
            String place;
            int shape = inputs.random().nextInt(12);
            if (shape == 0) {
                document = new Slot(input);
                place = "the whole body";
            } else if (shape == 1) {
                form.put(new Slot(input), "x");
                place = "a field's name";
            } else {
                place = inputs.pick(List.copyOf(form.keySet())).toString();
                form.put(place, new Slot(input));
            }
            byte[] body = Wire.json(document, inputs.pick(List.of(Escaping.values())));
            String type = inputs.chance(0.08) ? inputs.pick(ODD_CONTENT_TYPES) : JSON;
            String client = nextClient();
            run.later(input, "POST /public/feedback (" + place + ", " + type + ")", () -> exchange(() -> anonymous.send(
                    "POST", "/public/feedback", body, "Content-Type", type, "X-Forwarded-For", client)), Messages.JSON_INTAKE);
        }
        run.assertClean();
    }

    @Test
    @Order(2)
    void publicFormIntake() {
        HostileInputs inputs = HostileInputs.stream(2);
        Run run = new Run("POST /public/feedback/form");
        for (int i = 0; i < 160; i++) {
            Input input = inputs.next();
            Map<String, Object> form = new LinkedHashMap<>();
            feedback().forEach((k, v) -> form.put((String) k, v));
            String place = inputs.pick(List.copyOf(form.keySet()));
            switch (inputs.random().nextInt(10)) {
                case 0 -> form.put(place, List.of(form.get(place), new Slot(input)));
                case 1 -> form.put(place, List.of(new Slot(input), form.get(place)));
                case 2 -> {
                    form.put(input.asText().length() > 200 ? "x" : input.asText(), new Slot(input));
                    place = "a field's name";
                }
                default -> form.put(place, new Slot(input));
            }
            byte[] body = Wire.form(form);
            String type = inputs.chance(0.08) ? inputs.pick(ODD_CONTENT_TYPES) : FORM;
            String label = "POST /public/feedback/form (" + place + ", " + type + ")";
            String client = nextClient();
            run.later(input, label, () -> exchange(() -> anonymous.send("POST", "/public/feedback/form", body,
                    "Content-Type", type, "Accept", "text/html", "X-Forwarded-For", client)), Messages.FORM_INTAKE);
        }
        run.assertClean();
    }

    @Test
    @Order(3)
    void publicLookupsPagesAndFeed() {
        Run run = new Run("public look-ups, pages and feed");
        HostileInputs codes = HostileInputs.stream(3);
        for (int i = 0; i < 60; i++) {
            Input input = codes.next();
            String path = "/public/feedback/" + (codes.chance(0.3) ? Wire.url("PA-7K3MQ-", new Slot(input))
                    : Wire.url(new Slot(input)));
            run.later(input, "GET /public/feedback/{code}", () -> get(path, "application/json"), Messages.CODE_LOOKUP);
        }
        HostileInputs statuses = HostileInputs.stream(4);
        for (int i = 0; i < 60; i++) {
            Input input = statuses.next();
            String code = statuses.chance(0.3) ? Wire.url("pa 7k3mq ", new Slot(input)) : Wire.url(new Slot(input));
            run.later(input, "GET /public/feedback/status?code=", () -> get("/public/feedback/status?code=" + code, "text/html"),
                    Messages.STATUS_PAGE);
        }
        HostileInputs answers = HostileInputs.stream(5);
        for (int i = 0; i < 20; i++) {
            Input input = answers.next();
            run.later(input, "GET /public/feedback/answers?limit=",
                    () -> get("/public/feedback/answers?limit=" + Wire.url(new Slot(input)), "application/json"), null);
        }
        HostileInputs feed = HostileInputs.stream(6);
        for (int i = 0; i < 40; i++) {
            Input input = feed.next();
            String query = feed.random().nextBoolean() ? "?before=" + Wire.url(new Slot(input)) + "&limit=5"
                    : "?limit=" + Wire.url(new Slot(input));
            run.later(input, "GET /public/feed" + query.substring(0, query.indexOf('=') + 1),
                    () -> get("/public/feed" + query, "application/json"), null);
        }
        HostileInputs keys = HostileInputs.stream(7);
        for (int i = 0; i < 40; i++) {
            Input input = keys.next();
            String key = keys.chance(0.3) ? Wire.url("content-", new Slot(input)) : Wire.url(new Slot(input));
            run.later(input, "GET /public/feed/{key}", () -> get("/public/feed/" + key, "application/json"), Messages.FEED_ITEM);
        }
        HostileInputs atom = HostileInputs.stream(8);
        for (int i = 0; i < 20; i++) {
            Input input = atom.next();
            run.later(input, "GET /public/feed.atom?limit=",
                    () -> get("/public/feed.atom?limit=" + Wire.url(new Slot(input)), "application/atom+xml"), null);
        }
        HostileInputs pages = HostileInputs.stream(9);
        for (int i = 0; i < 12; i++) {
            Input input = pages.next();
            String path = pages.pick(List.of("/public/feedback/form", "/public/feedback/catalog", "/public/feedback/status"));
            run.later(input, "GET " + path + "?<hostile>=<hostile>",
                    () -> get(path + "?" + Wire.url(new Slot(input)) + "=" + Wire.url(new Slot(input)), "*/*"),
                    Messages.STATUS_PAGE);
        }
        run.assertClean();
    }

    @Test
    @Order(4)
    void floodsFromOneAddressAreRefusedWith429() {
        HostileInputs inputs = HostileInputs.stream(10);
        Run run = new Run("floods");
        String submitter = nextClient();
        int limit = intake.rateLimitPerMinute();
        int firstRefused = -1;
        for (int i = 0; i < 3 * limit && firstRefused < 0; i++) {
            Input input = inputs.next();
            Map<Object, Object> form = feedback();
            form.put("content", new Slot(input));
            byte[] body = Wire.json(form, Escaping.NON_ASCII);
            Answer answer = exchange(() -> anonymous.send("POST", "/public/feedback", body, "Content-Type", JSON,
                    "X-Forwarded-For", submitter));
            run.check(input, "POST /public/feedback (flood)", answer, Messages.JSON_INTAKE);
            if (answer.status() == 429) {
                firstRefused = i;
                assertThat(answer.header()).as("Retry-After").matches("[1-9][0-9]*");
            }
        }
        assertThat(firstRefused).as("submissions from one address before the first 429 (limit %d)", limit)
                .isGreaterThanOrEqualTo(limit);
        // the page and the JSON endpoint share the allowance
        Input input = inputs.next();
        Answer page = exchange(() -> anonymous.send("POST", "/public/feedback/form",
                Wire.form(Map.of("subject", new Slot(input))), "Content-Type", FORM, "Accept", "text/html",
                "X-Forwarded-For", submitter));
        run.check(input, "POST /public/feedback/form (flood)", page, Messages.FORM_INTAKE);
        assertThat(page.status()).isEqualTo(429);

        String reader = nextClient();
        int lookups = intake.lookupsPerMinute();
        firstRefused = -1;
        for (int i = 0; i < 3 * lookups && firstRefused < 0; i++) {
            Input code = inputs.next();
            Answer answer = exchange(() -> anonymous.send("GET", "/public/feedback/status?code=" + Wire.url(new Slot(code)),
                    null, "Accept", "text/html", "X-Forwarded-For", reader));
            run.check(code, "GET /public/feedback/status (flood)", answer, Messages.STATUS_PAGE);
            if (answer.status() == 429) {
                firstRefused = i;
            }
        }
        assertThat(firstRefused).as("look-ups from one address before the first 429 (limit %d)", lookups)
                .isGreaterThanOrEqualTo(lookups);
        Input code = inputs.next();
        Answer json = exchange(() -> anonymous.send("GET", "/public/feedback/" + Wire.url(new Slot(code)), null,
                "X-Forwarded-For", reader));
        run.check(code, "GET /public/feedback/{code} (flood)", json, Messages.CODE_LOOKUP);
        assertThat(json.status()).isEqualTo(429);
        run.assertClean();
    }

    @Test
    @Order(9)
    void requestsNoClientLibraryWouldSend() {
        HostileInputs inputs = HostileInputs.stream(26);
        Run run = new Run("raw requests");
        for (int i = 0; i < 48; i++) {
            Input input = inputs.next();
            // as it is, but a line break would end the request line or the header early
            String raw = new String(input.bytes() != null ? input.bytes() : Wire.wtf8(input.asText()),
                    StandardCharsets.ISO_8859_1).replace("\r", "%0D").replace("\n", "%0A");
            String head = "Host: localhost\r\nConnection: close\r\nAccept: */*\r\nX-Forwarded-For: " + nextClient() + "\r\n";
            String door;
            Messages messages;
            String request;
            switch (i % 4) {
                case 0 -> {
                    door = "GET /public/feedback/<raw bytes>";
                    messages = Messages.CODE_LOOKUP;
                    request = "GET /public/feedback/" + raw + " HTTP/1.1\r\n" + head + "\r\n";
                }
                case 1 -> {
                    door = "GET /public/feedback/status?code=<raw bytes>";
                    messages = Messages.STATUS_PAGE;
                    request = "GET /public/feedback/status?code=" + raw + " HTTP/1.1\r\n" + head + "\r\n";
                }
                case 2 -> {
                    door = "GET /public/feed/<raw bytes>";
                    messages = Messages.FEED_ITEM;
                    request = "GET /public/feed/" + raw + " HTTP/1.1\r\n" + head + "\r\n";
                }
                default -> {
                    door = "POST /public/feedback, Content-Type: <raw bytes>";
                    messages = Messages.JSON_INTAKE;
                    String body = new String(Wire.json(feedback(), Escaping.RAW), StandardCharsets.ISO_8859_1);
                    request = "POST /public/feedback HTTP/1.1\r\n" + head + "Content-Type: application/json; charset=" + raw
                            + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
                }
            }
            byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
            run.later(input, door, () -> rawExchange(bytes), messages);
        }
        run.assertClean();
    }

    // --- what the roles write ------------------------------------------------------------------

    @Test
    @Order(5)
    void startingContentApproval() {
        Run run = new Run("content-approval starts");
        WebSession collaborator = WebSession.basic(port, "ctv.lan");
        WebSession itCenter = WebSession.basic(port, "ttth.an");
        WebSession tasklist = WebSession.tasklist(port, "ctv.lan");
        String start = "/process-definition/key/content-approval/submit-form";
        fuzzWrites(run, HostileInputs.stream(11), 70, "ctv.lan REST " + start,
                inputs -> contentStart(false), body -> collaborator.send("POST", "/engine-rest" + start, body.bytes(),
                        "Content-Type", body.type()));
        fuzzWrites(run, HostileInputs.stream(12), 40, "ttth.an REST " + start,
                inputs -> contentStart(true), body -> itCenter.send("POST", "/engine-rest" + start, body.bytes(),
                        "Content-Type", body.type()));
        fuzzWrites(run, HostileInputs.stream(13), 25, "ctv.lan Tasklist session " + start,
                inputs -> contentStart(false), body -> tasklist.send("POST", "/camunda/api/engine/engine/default" + start,
                        body.bytes(), "Content-Type", body.type()));
        run.assertClean();
    }

    @Test
    @Order(6)
    void startingFeedbackHandling() {
        Run run = new Run("feedback-handling starts");
        WebSession itCenter = WebSession.basic(port, "ttth.an");
        WebSession tasklist = WebSession.tasklist(port, "ttth.an");
        String start = "/process-definition/key/feedback-handling/submit-form";
        fuzzWrites(run, HostileInputs.stream(14), 50, "ttth.an REST " + start, inputs -> feedbackStart(),
                body -> itCenter.send("POST", "/engine-rest" + start, body.bytes(), "Content-Type", body.type()));
        fuzzWrites(run, HostileInputs.stream(15), 15, "ttth.an Tasklist session " + start, inputs -> feedbackStart(),
                body -> tasklist.send("POST", "/camunda/api/engine/engine/default" + start, body.bytes(),
                        "Content-Type", body.type()));
        run.assertClean();
    }

    @Test
    @Order(7)
    void completingTasksAndCommenting() {
        Run run = new Run("task forms and comments");
        TaskPool vet = new TaskPool("ttth.an", () -> List.of(claimed("ttth.an", scenarios.openTask(
                scenarios.submitContent("ctv.lan", "Tin thử nghiệm " + CLIENTS.incrementAndGet()), "vetSubmission", "ttth.an"))));
        TaskPool revise = new TaskPool("ctv.lan", () -> List.of(scenarios.returnedForRevision(
                scenarios.submitContent("ctv.lan", "Tin cần bổ sung " + CLIENTS.incrementAndGet()))));
        // feedback reaches its first task through the job executor: a few are started at once, then awaited
        TaskPool classify = new TaskPool("ttth.an", () -> feedbackInstances(3).stream()
                .map(pi -> claimed("ttth.an", scenarios.openTask(pi, "classifyFeedback", "ttth.an"))).toList());
        TaskPool answer = new TaskPool("syt.vanthu", () -> feedbackInstances(3).stream()
                .map(pi -> claimed("syt.vanthu", scenarios.forwarded(pi, "agency-health", "syt.vanthu"))).toList());
        WebSession itCenter = WebSession.basic(port, "ttth.an");
        WebSession collaborator = WebSession.basic(port, "ctv.lan");
        WebSession agency = WebSession.basic(port, "syt.vanthu");
        WebSession itCenterTasklist = WebSession.tasklist(port, "ttth.an");
        WebSession collaboratorTasklist = WebSession.tasklist(port, "ctv.lan");

        completions(run, HostileInputs.stream(16), 45, vet, itCenter, "/engine-rest", HostileInputIT::vetForm);
        completions(run, HostileInputs.stream(17), 15, vet, itCenterTasklist, "/camunda/api/engine/engine/default",
                HostileInputIT::vetForm);
        completions(run, HostileInputs.stream(18), 20, revise, collaborator, "/engine-rest", HostileInputIT::reviseForm);
        completions(run, HostileInputs.stream(19), 10, revise, collaboratorTasklist, "/camunda/api/engine/engine/default",
                HostileInputIT::reviseForm);
        completions(run, HostileInputs.stream(20), 30, classify, itCenter, "/engine-rest", HostileInputIT::classifyForm);
        completions(run, HostileInputs.stream(21), 30, answer, agency, "/engine-rest", HostileInputIT::answerForm);
        comments(run, HostileInputs.stream(22), 25, vet, itCenter, "/engine-rest");
        comments(run, HostileInputs.stream(23), 12, answer, agency, "/engine-rest");
        comments(run, HostileInputs.stream(24), 12, revise, collaboratorTasklist, "/camunda/api/engine/engine/default");
        run.assertClean();
    }

    // --- hostile text that is accepted reaches the public feed ---------------------------------

    @Test
    @Order(8)
    void acceptedHostileTextIsPublished() {
        Run run = new Run("publication");
        HostileInputs inputs = HostileInputs.stream(25);
        WebSession collaborator = WebSession.basic(port, "ctv.lan");
        List<Kind> acceptable = List.of(Kind.UNICODE, Kind.MARKUP, Kind.SQL, Kind.EXPRESSION);
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 60 && instances.size() < 5; i++) {
            Input title = inputs.next(acceptable.get(i % acceptable.size()));
            Input body = inputs.next(Kind.MARKUP);
            Map<Object, Object> content = new LinkedHashMap<>();
            content.put("title", new Slot(title));
            content.put("summary", "Tóm tắt: " + title.text());
            content.put("body", new Slot(new Input(body.index(), body.kind(), "<p>Nội dung tin bài.</p>" + body.text(), null, null)));
            Map<Object, Object> form = contentVariables(content, "politics");
            byte[] bytes = Wire.json(Map.of("variables", form), Escaping.NON_ASCII);
            Answer answer = exchange(() -> collaborator.send("POST",
                    "/engine-rest/process-definition/key/content-approval/submit-form", bytes, "Content-Type", JSON));
            run.check(title, "content start to publish (title; body " + body.describe() + ")", answer, null);
            if (answer.status() == 200) {
                instances.add(EngineHttpJson.id(answer.body()));
            }
        }
        assertThat(instances).as("hostile titles accepted for publication").hasSizeGreaterThanOrEqualTo(3);
        for (String pi : instances) {
            scenarios.work("ttth.an", scenarios.openTask(pi, "vetSubmission", "ttth.an"),
                    variables("vetDecision", value("forward")));
            scenarios.work("tv.chinhtri", scenarios.openTask(pi, "appraiseSubmission", "tv.chinhtri"),
                    variables("appraisalDecision", value("approve")));
            if (scenarios.variable(pi, "headApprovalRequired").asBoolean()) {
                scenarios.work("truongban", scenarios.openTask(pi, "approveByHead", "truongban"),
                        variables("headDecision", value("approve")));
            }
            long id = scenarios.submissionOf(pi);
            String title = jdbc.sql("SELECT title FROM published_item WHERE source_kind = 'content' AND source_id = :id")
                    .param("id", id).query(String.class).optional().orElse(null);
            assertThat(title).as("published: submission %d", id).isNotNull();
            PUBLISHED.add(title);
        }

        // a correction with a hostile comment (its note is public)
        String corrected = instances.get(0);
        String firstTitle = jdbc.sql("SELECT title FROM content_submission WHERE process_instance_id = :pi")
                .param("pi", corrected).query(String.class).single();
        String check = scenarios.openTask(corrected, "checkPublishedItem", "tv.chinhtri");
        assertThat(http.rest("POST", "/task/" + check + "/claim", "tv.chinhtri", body("userId", "tv.chinhtri")).status())
                .isEqualTo(204);
        for (Kind kind : List.of(Kind.MARKUP, Kind.SQL)) {
            Input note = inputs.next(kind);
            Map<Object, Object> form = new LinkedHashMap<>();
            form.put("checkDecision", Map.of("value", "correct"));
            form.put("checkComment", Map.of("value", new Slot(note)));
            form.put("content", Map.of("type", "Json", "value", new JsonText(Map.of("title", "Bản đính chính " + note.index(),
                    "summary", "Tóm tắt đã đính chính", "body", "<p>Nội dung đã đính chính.</p>"))));
            WebSession checker = WebSession.basic(port, "tv.chinhtri");
            byte[] bytes = Wire.json(Map.of("variables", form), Escaping.NON_ASCII);
            Answer answer = exchange(() -> checker.send("POST", "/engine-rest/task/" + check + "/submit-form", bytes,
                    "Content-Type", JSON));
            run.check(note, "check: correct, with a comment", answer, null);
            if (answer.status() == 204) {
                if (scenarios.variable(corrected, "headApprovalRequired").asBoolean()) {
                    // the correction goes through the head as the item did (Đ7.1)
                    scenarios.work("truongban", scenarios.openTask(corrected, "approveCorrectionByHead", "truongban"),
                            variables("correctionHeadDecision", value("approve")));
                }
                // the feed shows the corrected version only
                PUBLISHED.remove(firstTitle);
                PUBLISHED.add("Bản đính chính " + note.index());
                break;
            }
        }
        run.assertClean();
    }

    @Test
    @Order(10)
    void textsWithinTheFormsLimitsButPastTheEnginesTextColumnGoThroughTheProcess() {
        // 9,000 characters: within the intake's 10,000, more than the 4,000 the engine's text column holds
        String content = "Người dân phản ánh đường ngập nước kéo dài nhiều tháng. ".repeat(170).substring(0, 9000).strip();
        Map<Object, Object> form = feedback();
        form.put("content", content);
        byte[] body = Wire.json(form, Escaping.RAW);
        Answer received = exchange(() -> anonymous.send("POST", "/public/feedback", body, "Content-Type", JSON,
                "X-Forwarded-For", nextClient()));
        assertThat(received.status()).as("%s", received).isEqualTo(201);
        String code = new EngineHttp.Response(201, received.body()).json().path("trackingCode").asText();
        // started in the background: the classification shows the whole text
        String[] instance = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> {
                    JsonNode found = http.rest("GET", "/process-instance?businessKey=" + code, "demo", null).json();
                    instance[0] = found.isArray() && found.size() == 1 ? found.get(0).path("id").asText() : null;
                    return instance[0] != null;
                });
        String classify = claimed("ttth.an", scenarios.openTask(instance[0], "classifyFeedback", "ttth.an"));
        assertThat(scenarios.variable(instance[0], "feedbackContent").asText()).isEqualTo(content);

        // the board answers at the same length, through the form as Tasklist sends it
        String answer = "Ban Biên tập trả lời: đã đề nghị địa phương khơi thông cống rãnh. ".repeat(150).substring(0, 8000).strip();
        byte[] form2 = Wire.json(Map.of("variables", Map.of("classification", dto("answer"), "boardAnswer", dto(answer))),
                Escaping.RAW);
        Answer classified = exchange(() -> WebSession.basic(port, "ttth.an").send("POST",
                "/engine-rest/task/" + classify + "/submit-form", form2, "Content-Type", JSON));
        assertThat(classified.status()).as("%s", classified).isEqualTo(204);
        scenarios.openTask(instance[0], "reviewAnswer", "tv.chinhtri");
        assertThat(jdbc.sql("SELECT answer_text FROM feedback WHERE tracking_code = :code").param("code", code)
                .query(String.class).single()).isEqualTo(answer);
    }

    // --- after the run -------------------------------------------------------------------------

    @Test
    @Order(100)
    void afterTheRunNothingStoredIsActiveNothingWasEvaluatedAndTheFeedIsWellFormed() throws Exception {
        assertThat(tableExists(HostileInputs.PROBE_TABLE)).as("an expression sent as input was evaluated (seed %d)", SEED)
                .isFalse();
        assertThat(tableExists(HostileInputs.SQL_PROBE_TABLE)).as("SQL sent as input was executed (seed %d)", SEED)
                .isFalse();

        StoredText stored = new StoredText(jdbc);
        List<String> findings = stored.scan();
        if (!findings.isEmpty()) {
            fail(findings.size() + " stored texts hold active markup (seed " + SEED + ", " + stored.read() + " texts read):\n  "
                    + String.join("\n  ", findings));
        }

        HttpResponse<String> atom = anonymous.get("/public/feed.atom?limit=100", "application/atom+xml");
        assertThat(atom.statusCode()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            titles.add(text(entry, "title"));
            String content = text(entry, "content");
            assertThat(StoredText.activeMarkup(content)).as("active markup in the feed's entry %s: %s", text(entry, "id"),
                    HostileInputs.escape(content)).isNull();
        }
        assumeTrue(!PUBLISHED.isEmpty(), "the publication test did not run");
        assertThat(titles).as("hostile titles published (seed %d)", SEED)
                .containsAll(PUBLISHED.stream().map(t -> t.replace("\r\n", "\n").replace('\r', '\n')).toList());

        JsonNode json = EngineHttp.JSON.readTree(anonymous.get("/public/feed?limit=100").body());
        for (JsonNode item : json.path("items")) {
            assertThat(StoredText.activeMarkup(item.path("bodyHtml").asText())).as("JSON feed item %s", item.path("id"))
                    .isNull();
        }
        System.out.printf("Hostile inputs: %d sent in this run (seed %d)%n", SENT.get(), SEED);
        if (SENT.get() > 0) {
            assertThat(SENT.get()).as("hostile inputs sent in the whole run").isGreaterThanOrEqualTo(1000);
        }
    }

    // --- the writes, generically -------------------------------------------------------------------

    /** A request body and its content type. */
    record Body(byte[] bytes, String type) {
    }

    /**
     * Sends {@code count} hostile inputs, each put somewhere in an otherwise ordinary form (a variable's
     * value, a field of a Json variable, a variable's type or name, the whole body), through {@code door}.
     */
    private void fuzzWrites(Run run, HostileInputs inputs, int count, String label,
            java.util.function.Function<HostileInputs, Map<Object, Object>> form,
            java.util.function.Function<Body, HttpResponse<String>> door) {
        for (int i = 0; i < count; i++) {
            Input input = inputs.next();
            Map<Object, Object> variables = form.apply(inputs);
            Placed placed = place(inputs, variables, input);
            String type = inputs.chance(0.05) ? inputs.pick(ODD_CONTENT_TYPES) : JSON;
            Body body = new Body(Wire.json(placed.document(), inputs.pick(List.of(Escaping.values()))), type);
            run.later(input, label + " (" + placed.where() + ", " + type + ")", () -> exchange(() -> door.apply(body)), null);
        }
    }

    private void completions(Run run, HostileInputs inputs, int count, TaskPool pool, WebSession user, String api,
            java.util.function.Function<HostileInputs, Map<Object, Object>> form) {
        for (int i = 0; i < count; i++) {
            Input input = inputs.next();
            String task = pool.task();
            Placed placed = place(inputs, form.apply(inputs), input);
            String action = inputs.random().nextBoolean() ? "submit-form" : "complete";
            String type = inputs.chance(0.05) ? inputs.pick(ODD_CONTENT_TYPES) : JSON;
            byte[] body = Wire.json(placed.document(), inputs.pick(List.of(Escaping.values())));
            Answer answer = exchange(() -> user.send("POST", api + "/task/" + task + "/" + action, body, "Content-Type", type));
            run.check(input, pool.user + " " + api + "/task/{id}/" + action + " (" + placed.where() + ", " + type + ")",
                    answer, null);
            pool.after(answer);
        }
    }

    private void comments(Run run, HostileInputs inputs, int count, TaskPool pool, WebSession user, String api) {
        for (int i = 0; i < count; i++) {
            Input input = inputs.next();
            String task = pool.task();
            Map<Object, Object> comment = new LinkedHashMap<>();
            comment.put("message", new Slot(input));
            Object document = comment;
            String where = "message";
            switch (inputs.random().nextInt(10)) {
                case 0 -> {
                    document = new Slot(input);
                    where = "the whole body";
                }
                case 1 -> {
                    comment.put("processInstanceId", new Slot(input));
                    comment.put("message", "Đã xem.");
                    where = "processInstanceId";
                }
                default -> {
                }
            }
            byte[] body = Wire.json(document, inputs.pick(List.of(Escaping.values())));
            Answer answer = exchange(() -> user.send("POST", api + "/task/" + task + "/comment/create", body,
                    "Content-Type", JSON));
            run.check(input, pool.user + " " + api + "/task/{id}/comment/create (" + where + ")", answer, null);
        }
    }

    record Placed(Object document, String where) {
    }

    /** Puts the input into the form's variables, or makes it the variables or the whole body. */
    private static Placed place(HostileInputs inputs, Map<Object, Object> variables, Input input) {
        int choice = inputs.random().nextInt(100);
        if (choice < 3) {
            return new Placed(new Slot(input), "the whole body");
        }
        if (choice < 6) {
            return new Placed(Map.of("variables", new Slot(input)), "the variables");
        }
        if (choice < 10) {
            variables.put(new Slot(input), Map.of("value", "x"));
            return new Placed(Map.of("variables", variables), "a variable's name");
        }
        String name = (String) inputs.pick(List.copyOf(variables.keySet()));
        @SuppressWarnings("unchecked")
        Map<Object, Object> dto = (Map<Object, Object>) variables.get(name);
        String where = name;
        if (choice < 22) {
            String type = inputs.pick(VARIABLE_TYPES);
            if (type.isEmpty() && input.isText() && input.text().length() < 200) {
                type = input.text();
            }
            dto.put("type", type);
            dto.put("value", new Slot(input));
            if (inputs.chance(0.2)) {
                // a valueInfo entry of any type, or a valueInfo that is no object
                dto.put("valueInfo", inputs.random().nextBoolean() ? new Slot(input)
                        : Map.of(inputs.pick(List.of("objectTypeName", "serializationDataFormat", "filename", "transient")),
                                new Slot(input)));
            } else if (type.equals("Object") || type.equals("File")) {
                Map<Object, Object> info = new LinkedHashMap<>();
                info.put("objectTypeName", inputs.pick(List.of("java.util.HashMap", "java.lang.Runtime",
                        "javax.script.ScriptEngineManager", "java.util.ArrayList<java.lang.String>", input.asText())));
                info.put("serializationDataFormat", inputs.pick(List.of("application/json",
                        "application/x-java-serialized-object", "application/xml", "text/plain")));
                info.put("filename", "tệp.txt");
                dto.put("valueInfo", info);
            }
            where += " as type «" + HostileInputs.escape(type.length() > 40 ? type.substring(0, 40) : type) + "»";
        } else if (dto.get("value") instanceof JsonText text && text.document() instanceof Map<?, ?> document
                && inputs.chance(0.8)) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> fields = (Map<Object, Object>) document;
            Object field = inputs.pick(List.copyOf(fields.keySet()));
            fields.put(field, new Slot(input));
            where += "." + field;
        } else {
            dto.put("value", new Slot(input));
        }
        return new Placed(Map.of("variables", variables), where);
    }

    // --- ordinary forms, as Tasklist sends them ------------------------------------------------

    private static Map<Object, Object> feedback() {
        Map<Object, Object> form = new LinkedHashMap<>();
        form.put("senderName", "Nguyễn Văn An");
        form.put("senderAddress", "12 Nguyễn Huệ, phường Long Xuyên");
        form.put("senderPhone", "0913 111 222");
        form.put("senderEmail", "an@example.vn");
        form.put("subject", "Đèn đường hỏng ở khóm 3");
        form.put("content", "Người dân phản ánh đèn đường hỏng đã lâu nhưng chưa được sửa chữa.");
        form.put("topic", "construction-transport");
        form.put("area", "long-xuyen");
        return form;
    }

    private static Map<Object, Object> dto(Object value) {
        Map<Object, Object> dto = new LinkedHashMap<>();
        dto.put("value", value);
        return dto;
    }

    private static Map<Object, Object> json(Map<Object, Object> document) {
        Map<Object, Object> dto = dto(new JsonText(document));
        dto.put("type", "Json");
        return dto;
    }

    private static Map<Object, Object> content(String title) {
        Map<Object, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("summary", "Tóm tắt: " + title);
        content.put("body", "<p>" + title + ".</p>");
        return content;
    }

    private static Map<Object, Object> contentVariables(Map<Object, Object> content, String field) {
        Map<Object, Object> contributors = new LinkedHashMap<>();
        contributors.put("name1", "Hồ Ngọc Lan");
        contributors.put("role1", "author");
        Map<Object, Object> variables = new LinkedHashMap<>();
        variables.put("content", json(content));
        variables.put("contentType", dto("news"));
        variables.put("field", dto(field));
        variables.put("urgency", dto("normal"));
        variables.put("contributors", json(contributors));
        return variables;
    }

    private static Map<Object, Object> contentStart(boolean itCenter) {
        Map<Object, Object> variables = contentVariables(content("Lễ hội đua bò Bảy Núi"), "economy");
        variables.put("requestedPublicationDate", dto("2031-01-15"));
        variables.put("sourceAgency", dto("Sở Văn hóa, Thể thao và Du lịch"));
        if (itCenter) {
            variables.put("enteredFor", dto("ctv.lan"));
        }
        return variables;
    }

    private static Map<Object, Object> feedbackStart() {
        Map<Object, Object> variables = new LinkedHashMap<>();
        variables.put("channel", dto("paper"));
        feedback().forEach((name, value) -> variables.put(name, dto(value)));
        return variables;
    }

    private static Map<Object, Object> vetForm(HostileInputs inputs) {
        Map<Object, Object> variables = new LinkedHashMap<>();
        variables.put("content", json(content("Tin đã biên tập")));
        variables.put("contentType", dto("news"));
        variables.put("field", dto("economy"));
        variables.put("urgency", dto("normal"));
        variables.put("vetDecision", dto(inputs.pick(List.of("forward", "return", "reject"))));
        variables.put("vetComment", dto("Cần bổ sung nguồn tin."));
        return variables;
    }

    private static Map<Object, Object> reviseForm(HostileInputs inputs) {
        Map<Object, Object> variables = new LinkedHashMap<>();
        variables.put("content", json(content("Tin đã bổ sung")));
        variables.put("contentType", dto("news"));
        variables.put("field", dto("economy"));
        variables.put("urgency", dto("normal"));
        variables.put("revisionDecision", dto(inputs.pick(List.of("resubmit", "withdraw"))));
        variables.put("revisionComment", dto("Đã bổ sung nguồn tin."));
        return variables;
    }

    private static Map<Object, Object> classifyForm(HostileInputs inputs) {
        Map<Object, Object> variables = new LinkedHashMap<>();
        variables.put("classification", dto(inputs.pick(List.of("reject", "answer", "forward"))));
        variables.put("rejectionReason", dto("Nội dung không thuộc phạm vi tiếp nhận."));
        variables.put("boardAnswer", dto("Ban Biên tập đã ghi nhận và trả lời."));
        variables.put("agencyGroup", dto("agency-health"));
        return variables;
    }

    private static Map<Object, Object> answerForm(HostileInputs inputs) {
        Map<Object, Object> variables = new LinkedHashMap<>();
        variables.put("agencyResponse", dto(inputs.pick(List.of("answer", "not-competent"))));
        variables.put("agencyAnswer", dto("Trạm y tế đã mở cửa đến 17 giờ."));
        return variables;
    }

    /** Feedback entered by the IT center, not yet waited for. */
    private List<String> feedbackInstances(int count) {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EngineHttp.Response started = http.rest("POST", "/process-definition/key/feedback-handling/submit-form",
                    "ttth.an", body("variables", Scenarios.feedbackStartForm("Phản ánh thử nghiệm " + CLIENTS.incrementAndGet())));
            assertThat(started.status()).as("feedback start: %s", started).isEqualTo(200);
            instances.add(started.json().path("id").asText());
        }
        return instances;
    }

    /** Claims the task for {@code user}, as Tasklist does before its form is sent. */
    private String claimed(String user, String task) {
        EngineHttp.Response claim = http.rest("POST", "/task/" + task + "/claim", user, body("userId", user));
        assertThat(claim.status()).as("claim as %s: %s", user, claim).isEqualTo(204);
        return task;
    }

    /** Open tasks of one kind held by one user; a new one is brought once a completion went through. */
    private static final class TaskPool {
        final String user;
        final Supplier<List<String>> create;
        final java.util.Deque<String> ready = new java.util.ArrayDeque<>();
        String current;

        TaskPool(String user, Supplier<List<String>> create) {
            this.user = user;
            this.create = create;
        }

        String task() {
            if (current == null) {
                if (ready.isEmpty()) {
                    ready.addAll(create.get());
                }
                current = ready.poll();
            }
            return current;
        }

        void after(Answer answer) {
            if (answer.status() >= 200 && answer.status() < 300) {
                current = null;
            }
        }
    }

    // --- answers and their checks --------------------------------------------------------------

    record Answer(int status, String contentType, String header, String body, String failure) {
        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""), response.body(), null);
        }

        @Override
        public String toString() {
            String shown = failure != null ? failure : HostileInputs.escape(body == null ? "" : body);
            return (failure != null ? "no answer" : String.valueOf(status)) + " "
                    + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown);
        }
    }

    private static Answer exchange(Supplier<HttpResponse<String>> call) {
        try {
            return Answer.of(call.get());
        } catch (RuntimeException e) {
            return new Answer(0, "", "", "", e.toString());
        }
    }

    /** An exchange over a connection of its own, the answer read as it came. */
    private Answer rawExchange(byte[] request) {
        String text;
        try {
            text = WebSession.raw(port, request);
        } catch (RuntimeException e) {
            return new Answer(0, "", "", "", e.toString());
        }
        if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
            return new Answer(0, "", "", text, "no status line: " + HostileInputs.escape(text.substring(0, Math.min(100, text.length()))));
        }
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String contentType = "";
        String retryAfter = "";
        boolean chunked = false;
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            } else if (lower.startsWith("retry-after:")) {
                retryAfter = line.substring(12).strip();
            }
        }
        String body = end < 0 ? "" : text.substring(end + 4);
        return new Answer(Integer.parseInt(text.substring(9, 12)), contentType, retryAfter,
                chunked ? dechunked(body) : body, null);
    }

    /** A chunked body without its chunk sizes (the sizes count bytes; the text is only read, not cut by them). */
    private static String dechunked(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\r\n")) {
            if (!line.matches("[0-9a-fA-F]+(;.*)?")) {
                out.append(line);
            }
        }
        return out.toString();
    }

    private Answer get(String path, String accept) {
        return exchange(() -> anonymous.send("GET", path, null, "Accept", accept, "X-Forwarded-For", nextClient()));
    }

    /**
     * A client address of its own for each public request, as a trusted proxy passes it (loopback
     * addresses: nothing is ever sent there, they only key the limiter).
     */
    private static String nextClient() {
        int n = CLIENTS.incrementAndGet();
        return "127." + (100 + (n >> 16 & 0x7F)) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF);
    }

    /**
     * The Vietnamese message each public endpoint gives with a refusal, and with an acceptance, as
     * written in its code.
     */
    enum Messages {
        JSON_INTAKE(true, "Ban Biên tập đã tiếp nhận phản ánh, kiến nghị. Mã tra cứu: PA-", Map.of(
                400, List.of("Phản ánh, kiến nghị chưa được gửi", "Nội dung gửi không phải JSON hợp lệ",
                        "Nội dung gửi phải là một đối tượng JSON", "không được hỗ trợ", "phải là một chuỗi văn bản",
                        "Không đọc được nội dung gửi"),
                413, List.of("Nội dung gửi quá lớn"),
                415, List.of("Nội dung gửi phải ở dạng JSON"),
                429, List.of("Quá nhiều yêu cầu"))),
        FORM_INTAKE(false, "Mã tra cứu: <strong class=\"ma\">PA-", Map.of(
                400, List.of("Phản ánh chưa được gửi: có"),
                413, List.of("Nội dung gửi quá lớn"),
                415, List.of("Biểu mẫu phải được gửi theo kiểu application/x-www-form-urlencoded"),
                429, List.of("Quá nhiều lượt gửi"))),
        CODE_LOOKUP(true, null, Map.of(
                400, List.of("Mã tra cứu không đúng dạng"),
                404, List.of("Không tìm thấy phản ánh, kiến nghị có mã tra cứu này"),
                429, List.of("Quá nhiều yêu cầu"))),
        STATUS_PAGE(false, null, Map.of(
                400, List.of("Mã tra cứu không đúng dạng"),
                404, List.of("Không tìm thấy phản ánh, kiến nghị có mã tra cứu này"),
                429, List.of("Quá nhiều lượt tra cứu"))),
        FEED_ITEM(true, null, Map.of(
                404, List.of("Không có tin bài này"),
                410, List.of("Tin bài đã được gỡ khỏi Cổng")));

        /** What the server itself answers a request it cannot read (PlainContainerErrors). */
        static final String CONTAINER = "Yêu cầu không hợp lệ hoặc không xử lý được";

        final boolean json;
        /** What a 201 says, or null where nothing is created. */
        final String accepted;
        final Map<Integer, List<String>> messages;

        Messages(boolean json, String accepted, Map<Integer, List<String>> messages) {
            this.json = json;
            this.accepted = accepted;
            this.messages = messages;
        }

        /** Why an acceptance does not say what the endpoint says, or null. */
        String acceptanceProblem(Answer answer) {
            if (accepted == null) {
                return "a 201 from an endpoint that creates nothing";
            }
            String text = json ? EngineHttpJson.message(answer.body()) : answer.body();
            return text != null && text.contains(accepted) ? null
                    : "an acceptance without the endpoint's message (" + accepted + ")";
        }

        /** Why the refusal is not as the endpoint gives it, or null. */
        String problem(Answer answer) {
            if (answer.body().contains(CONTAINER)) {
                return null;
            }
            List<String> expected = messages.get(answer.status());
            if (expected == null) {
                return "a refusal " + answer.status() + " the endpoint never gives";
            }
            String text = answer.body();
            if (json) {
                text = EngineHttpJson.message(answer.body());
                if (text == null) {
                    return "no JSON message";
                }
            }
            for (String message : expected) {
                if (text.contains(message)) {
                    return null;
                }
            }
            return "not the endpoint's Vietnamese message (" + String.join(" | ", expected) + ")";
        }
    }

    /** Requests of independent inputs in flight at once: the server, its database and the client overlap. */
    private static final java.util.concurrent.ExecutorService SENDERS = java.util.concurrent.Executors.newFixedThreadPool(3,
            task -> {
                Thread thread = new Thread(task, "hostile-input-sender");
                thread.setDaemon(true);
                return thread;
            });

    record Pending(Input input, String door, java.util.concurrent.Future<Answer> answer, Messages messages) {
    }

    /** The problems found with the answers to one test's inputs, reported together. */
    private static final class Run {
        private final String name;
        private final List<String> problems = new ArrayList<>();
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private final List<Pending> pending = new ArrayList<>();
        private int sent;

        Run(String name) {
            this.name = name;
        }

        void check(Input input, String door, Answer answer, Messages refusals) {
            sent++;
            SENT.incrementAndGet();
            statuses.merge(answer.status(), 1, Integer::sum);
            String where = input.describe() + "\n      → " + door + "\n      ← " + answer;
            if (answer.failure() != null || answer.status() >= 500) {
                problems.add("server error: " + where);
                return;
            }
            String body = answer.body() == null ? "" : answer.body();
            if (body.contains("\tat ") || body.contains("at org.") || body.contains("at java.")) {
                problems.add("stack trace in the answer: " + where);
            }
            if (refusals != null && answer.status() >= 400) {
                String problem = refusals.problem(answer);
                if (problem != null) {
                    problems.add(problem + ": " + where);
                }
            }
            if (refusals != null && answer.status() == 201) {
                String problem = refusals.acceptanceProblem(answer);
                if (problem != null) {
                    problems.add(problem + ": " + where);
                }
            }
            if (answer.contentType().startsWith("text/html")) {
                String active = StoredText.activeMarkupInPage(body);
                if (active != null) {
                    problems.add(active + " in a public page: " + where);
                }
            }
        }

        /** Sends later, a few at a time ({@link #SENDERS}); checked in the order given, when the test asserts. */
        void later(Input input, String door, Supplier<Answer> call, Messages messages) {
            pending.add(new Pending(input, door, SENDERS.submit(call::get), messages));
        }

        void assertClean() {
            for (Pending sent : pending) {
                Answer answer;
                try {
                    answer = sent.answer().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (java.util.concurrent.ExecutionException e) {
                    answer = new Answer(0, "", "", "", e.getCause().toString());
                }
                check(sent.input(), sent.door(), answer, sent.messages());
            }
            pending.clear();
            System.out.printf("%s: %d hostile inputs, answers %s (seed %d)%n", name, sent, statuses, SEED);
            if (!problems.isEmpty()) {
                fail(problems.size() + " of " + sent + " hostile inputs of «" + name + "» were mishandled (seed " + SEED
                        + "; -D" + HostileInputs.SEED_PROPERTY + "=" + SEED + " replays them):\n  "
                        + String.join("\n  ", problems));
            }
        }
    }

    private boolean tableExists(String table) {
        return !jdbc.sql("SELECT to_regclass(:table) IS NULL").param("table", table).query(Boolean.class).single();
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    /** Reading what the engine and the public endpoints answer. */
    private static final class EngineHttpJson {
        static String id(String body) {
            return new EngineHttp.Response(200, body).json().path("id").asText();
        }

        static String message(String body) {
            JsonNode message = new EngineHttp.Response(0, body).json().path("message");
            return message.isTextual() ? message.textValue() : null;
        }
    }
}
