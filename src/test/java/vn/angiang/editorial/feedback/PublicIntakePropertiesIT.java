package vn.angiang.editorial.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * Property-based tests of the public intake over HTTP on a real PostgreSQL: thousands of generated
 * malformed and hostile submissions (seeded generators: a failure prints the seed and the case, and
 * {@code -Dfeedback.fuzz.seed=...} replays it). Properties: never a 5xx; a refusal stores nothing; what
 * is accepted is stored as plain text (no markup, no control characters); no response carries markup
 * that is not the page's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "editorial.feedback.intake.rate-limit-per-minute=100000",
        "editorial.feedback.intake.lookups-per-minute=100000"})
class PublicIntakePropertiesIT {

    static final int CASES = Integer.getInteger("feedback.fuzz.cases", 1000);
    static final long SEED = Long.getLong("feedback.fuzz.seed", 20261202L);

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "feedback_fuzz_test");
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    static final Map<String, String> VALID = new LinkedHashMap<>();
    static {
        VALID.put("senderName", "Phạm Thị Hồng");
        VALID.put("senderAddress", "78 Nguyễn Huệ, phường Long Xuyên");
        VALID.put("senderPhone", "0918 123 456");
        VALID.put("senderEmail", "hong.pham@example.vn");
        VALID.put("subject", "Rác thải chưa được thu gom");
        VALID.put("content", "Rác thải trên đường Nguyễn Huệ chưa được thu gom ba ngày nay, gây ô nhiễm.");
        VALID.put("topic", "local-affairs");
        VALID.put("area", "long-xuyen");
    }

    /** Pieces an attacker or a broken client sends. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "</textarea><b>",
            "<!-- x -->", "<?xml version=\"1.0\"?>", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil>",
            "\"><script>", "'\"><img src=x>", "<ScRiPt>", "< script>", "<\u0000script>", "\u0000", "\u0007", "\u001b[31m",
            "\u202e", "\u2066", "\ufeff", "\ud800", "\udfff", "\u0085", "'; DROP TABLE feedback; --", "${7*7}", "#{7*7}",
            "{{7*7}}", "%00", "&lt;script&gt;", "javascript:alert(1)", "\r\n\r\nHTTP/1.1 200 OK", "A".repeat(300),
            "ồ".repeat(5000), "😀".repeat(30), "e\u0301", "<ẞ>", "<đ>", "</", "<!", "<?", "\t\t");

    static final List<String> VIETNAMESE = List.of("Đường", "ngập", "nước", "xin", "hỏi", "thủ tục", "cấp phép", "bệnh viện",
            "học phí", "điện", "Ủy ban", "phường", "ấp", "123", "-", ",", ".", "?", "<", ">", "&", "\"", "'", "\n", " ");

    Random random;

    @Test
    void malformedBodiesAreRefusedWithA4xxAndStoreNothing() throws Exception {
        random = new Random(SEED);
        long before = stored();
        for (int i = 0; i < CASES; i++) {
            Case c = malformedCase();
            HttpResponse<String> response = send(c);
            assertThat(response.statusCode()).as(c.describe(SEED)).isBetween(400, 499);
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertThat(response.body()).as(c.describe(SEED)).contains("role=\"alert\"", "lang=\"vi\"");
            } else {
                assertThat(json.readTree(response.body()).path("message").asText()).as(c.describe(SEED)).isNotBlank();
            }
            assertNoForeignMarkup(response, c);
        }
        assertThat(stored()).as("seed %d", SEED).isEqualTo(before);
    }

    @Test
    void hostileTextIsRefusedOrStoredAsPlainTextAndNeverAServerError() throws Exception {
        random = new Random(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            Map<String, String> values = hostileSubmission();
            boolean asForm = random.nextInt(4) == 0;
            Case c = asForm ? new Case("/public/feedback/form", "application/x-www-form-urlencoded", formBody(values))
                    : new Case("/public/feedback", "application/json; charset=UTF-8",
                            json.writeValueAsString(values).getBytes(StandardCharsets.UTF_8));
            long before = stored();
            HttpResponse<String> response = send(c);
            int status = response.statusCode();
            // 413: a generated submission larger than the intake's body limit
            assertThat(status).as(c.describe(SEED + 1)).isIn(201, 400, 413);
            assertNoForeignMarkup(response, c);
            if (status != 201) {
                assertThat(stored()).as("refused, nothing stored: " + c.describe(SEED + 1)).isEqualTo(before);
            } else {
                assertThat(stored()).as(c.describe(SEED + 1)).isEqualTo(before + 1);
            }
        }
        // every text that was stored is plain text: no markup, no control or hidden characters
        Pattern markup = Pattern.compile("<[\\p{L}/!?]");
        Pattern hidden = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]");
        List<Map<String, Object>> rows = jdbc.sql("SELECT sender_name, sender_address, sender_phone, sender_email, subject, content FROM feedback")
                .query().listOfRows();
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            for (Object value : row.values()) {
                if (value != null) {
                    assertThat(markup.matcher(value.toString()).find()).as("markup stored: %s", value).isFalse();
                    assertThat(hidden.matcher(value.toString()).find()).as("hidden character stored: %s", value).isFalse();
                }
            }
        }
    }

    @Test
    void statusLookupsWithAnyCodeAnswerWithoutAServerError() throws Exception {
        random = new Random(SEED + 2);
        for (int i = 0; i < CASES / 3; i++) {
            String code = random.nextBoolean() ? trackingCode() : text(random.nextInt(60));
            String encoded = URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
            for (String path : List.of("/public/feedback/" + encoded, "/public/feedback/status?code=" + encoded)) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Case c = new Case(path, null, new byte[0]);
                assertThat(response.statusCode()).as("seed %d, code %s", SEED + 2, code).isIn(200, 400, 404);
                assertNoForeignMarkup(response, c);
            }
        }
    }

    // --- generators -----------------------------------------------------------------------------

    record Case(String path, String contentType, byte[] body) {
        String describe(long seed) {
            String shown = new String(body, StandardCharsets.UTF_8);
            return "seed " + seed + ", POST " + path + " [" + contentType + "] " + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
        }
    }

    Case malformedCase() throws IOException {
        String valid = json.writeValueAsString(VALID);
        return switch (random.nextInt(12)) {
            case 0 -> json(randomBytes(random.nextInt(200)));
            case 1 -> json(valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8));
            case 2 -> json(List.of("[]", "null", "42", "\"text\"", "true", "[" + valid + "]", "{}{}", "{\"senderName\":}")
                    .get(random.nextInt(8)).getBytes(StandardCharsets.UTF_8));
            case 3 -> json(nested(random.nextInt(40) + 9).getBytes(StandardCharsets.UTF_8));
            case 4 -> json(valid.replaceFirst("\"" + pick(List.copyOf(VALID.keySet())) + "\":\"[^\"]*\"",
                    "\"" + pick(List.copyOf(VALID.keySet())) + "\":" + pick(List.of("1", "true", "[]", "{}", "[\"a\"]", "1e999")))
                    .getBytes(StandardCharsets.UTF_8));
            case 5 -> json(valid.replace("{", "{\"" + pick(List.of("admin", "feedbackId", "<script>", "status", "", "x".repeat(60)))
                    + "\":\"x\",").getBytes(StandardCharsets.UTF_8));
            case 6 -> json(valid.replace("{", "{\"subject\":\"dup\",").getBytes(StandardCharsets.UTF_8));
            case 7 -> json(("{\"content\":\"" + "x".repeat(70_000 + random.nextInt(50_000)) + "\"}").getBytes(StandardCharsets.UTF_8));
            case 8 -> new Case("/public/feedback", pick(List.of("text/plain", "application/xml", "text/html", "multipart/form-data",
                    "application/x-www-form-urlencoded", "application/json;charset=ISO-8859-1", "application/jsonx", "garbage", ";;;")),
                    valid.getBytes(StandardCharsets.UTF_8));
            case 9 -> json(valid.getBytes(StandardCharsets.ISO_8859_1)); // not UTF-8
            case 10 -> json(missingFields(valid));
            default -> new Case("/public/feedback/form", pick(List.of("application/json", "text/plain", "multipart/form-data; boundary=x")),
                    formBody(VALID));
        };
    }

    byte[] missingFields(String valid) throws IOException {
        Map<String, String> values = new LinkedHashMap<>(VALID);
        List<String> required = List.of("senderName", "senderAddress", "subject", "content", "topic", "area");
        values.remove(pick(required));
        if (random.nextBoolean()) {
            values.remove("senderPhone");
            values.remove("senderEmail");
        }
        return json.writeValueAsString(values).getBytes(StandardCharsets.UTF_8);
    }

    Map<String, String> hostileSubmission() {
        Map<String, String> values = new LinkedHashMap<>(VALID);
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            String field = pick(List.copyOf(VALID.keySet()));
            values.put(field, switch (random.nextInt(4)) {
                case 0 -> pick(HOSTILE);
                case 1 -> text(random.nextInt(40)) + pick(HOSTILE) + text(random.nextInt(40));
                case 2 -> VALID.get(field) + " " + pick(HOSTILE);
                default -> text(random.nextInt(300));
            });
        }
        return values;
    }

    String text(int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : pick(VIETNAMESE)).append(random.nextBoolean() ? " " : "");
        }
        return out.toString();
    }

    Case json(byte[] body) {
        return new Case("/public/feedback", "application/json", body);
    }

    byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    static String nested(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    static byte[] formBody(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A well-formed tracking code from the seeded generator ({@link TrackingCodes#next()} draws from a
     * SecureRandom, so a replayed seed would not look the same codes up).
     */
    String trackingCode() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder code = new StringBuilder("PA");
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return TrackingCodes.parse(code.toString()).orElseThrow();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    // --- checks ---------------------------------------------------------------------------------

    HttpResponse<String> send(Case c) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM feedback").query(Long.class).single();
    }

    static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>");
    static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s=\"'/>]+)(=\"[^\"]*\")?");
    static final Set<String> OWN_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "a", "main", "h1", "h2", "h3",
            "p", "span", "div", "ul", "li", "form", "fieldset", "legend", "label", "input", "textarea", "select", "option",
            "button", "strong", "section", "dl", "dt", "dd", "br");
    static final Set<String> OWN_ATTRIBUTES = Set.of("lang", "charset", "name", "content", "id", "href", "class", "role",
            "tabindex", "method", "action", "accept-charset", "novalidate", "for", "aria-hidden", "type", "maxlength",
            "autocomplete", "required", "aria-required", "aria-describedby", "aria-invalid", "value", "rows", "selected",
            "aria-labelledby");

    /** An HTML answer contains only the page's own tags and attributes; a JSON answer contains no tag at all. */
    void assertNoForeignMarkup(HttpResponse<String> response, Case c) {
        String body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/html")) {
            assertThat(TAG.matcher(body).find()).as("markup in a %s answer: %s — %s", type, body, c.describe(SEED)).isFalse();
            return;
        }
        String withoutDoctype = body.replace("<!DOCTYPE html>", "");
        assertThat(withoutDoctype).as(c.describe(SEED)).doesNotContain("<!", "<?");
        Matcher tag = TAG.matcher(withoutDoctype);
        List<String> foreign = new ArrayList<>();
        while (tag.find()) {
            if (!OWN_TAGS.contains(tag.group(2).toLowerCase())) {
                foreign.add(tag.group());
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                if (!OWN_ATTRIBUTES.contains(attribute.group(1).toLowerCase())) {
                    foreign.add(tag.group());
                }
            }
        }
        assertThat(foreign).as(c.describe(SEED)).isEmpty();
    }
}
