package vn.angiang.editorial.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import vn.angiang.editorial.platform.publishing.Publication;
import vn.angiang.editorial.platform.publishing.Publisher;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/** What anyone on the internet can reach: the public pages, the feed and the engine's variable handling. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "editorial.public-base-url=https://bbt.angiang.example")
class PublicHardeningIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "security_public");
    }

    @LocalServerPort int port;
    @Autowired Publisher publisher;
    @Autowired JdbcTemplate jdbc;

    @Test
    void publicAnswersCarrySecurityHeaders() {
        for (String path : new String[] {"/public/feedback/form", "/public/feed.atom", "/public/feed"}) {
            HttpResponse<String> page = WebSession.anonymous(port).get(path, "*/*");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("frame-ancestors 'none'", "default-src 'self'");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void theFeedStaysValidXmlWhateverARecordHolds() throws Exception {
        // as if stored before input was checked: control characters, a lone surrogate, U+FFFE
        publisher.publish(new Publication("content", 990001, "Tiêu đề\u0001 có ký tự\u0008 điều khiển\uFFFE",
                "Tóm tắt \ud800 hỏng", "<p>Nội dung\u000b</p>", "economy", "Kinh tế\u001f", "Tác giả\u0007", null,
                null, "system", null));
        HttpResponse<String> atom = WebSession.anonymous(port).get("/public/feed.atom", "application/atom+xml");
        assertThat(atom.statusCode()).isEqualTo(200);
        Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getTextContent()).contains("Tiêu đề có ký tự điều khiển");
    }

    @Test
    void feedLinksUseTheConfiguredAddressNotTheHostHeader() throws Exception {
        String answer = rawGet("/public/feed.atom", "evil.example");
        assertThat(answer).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("href=\"https://bbt.angiang.example/public/feed.atom\"");
    }

    @Test
    void javaSerializedVariablesAreRefusedWithoutAStackTrace() {
        String body = "{\"variables\":{\"x\":{\"type\":\"Object\",\"value\":\"rO0ABXQAA2FiYw==\","
                + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
        HttpResponse<String> start = WebSession.basic(port, "ctv.lan")
                .postJson("/engine-rest/process-definition/key/content-approval/start", body);
        assertThat(start.statusCode()).as(start.body()).isBetween(400, 499);
        assertThat(start.body()).doesNotContain("\tat ", "at org.", "at java.");
    }

    @Test
    void aChunkedFormBodyCannotGoPastTheSizeLimit() throws Exception {
        long before = jdbc.queryForObject("select count(*) from feedback", Long.class);
        String form = "senderName=Nguy%E1%BB%85n+V%C4%83n+A&senderEmail=a%40example.vn&subject=Th%E1%BB%AD&content="
                + "x".repeat(200_000);
        String answer = rawChunkedPost("/public/feedback/form", "application/x-www-form-urlencoded", form);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(jdbc.queryForObject("select count(*) from feedback", Long.class)).isEqualTo(before);
    }

    @Test
    void invalidUtf8IsRefusedAndNothingStored() {
        long before = jdbc.queryForObject("select count(*) from feedback", Long.class);
        byte[] prefix = "{\"senderName\":\"Nguy\u1ec5n V\u0103n A\",\"senderEmail\":\"a@example.vn\",\"subject\":\"Th\u1eed\",\"content\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0x80, (byte) 0xAF};
        byte[] suffix = " n\u1ed9i dung \u0111\u1ee7 d\u00e0i \u0111\u1ec3 ki\u1ec3m tra\",\"topic\":\"other\",\"area\":\"other\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + overlongSlash.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(overlongSlash, 0, body, prefix.length, overlongSlash.length);
        System.arraycopy(suffix, 0, body, prefix.length + overlongSlash.length, suffix.length);
        HttpResponse<String> answer = WebSession.anonymous(port).postBytes("/public/feedback", "application/json; charset=UTF-8", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from feedback", Long.class)).isEqualTo(before);
    }

    @Test
    void aBrokenMultipartDeploymentIsABadRequest() {
        HttpResponse<String> answer = WebSession.basic(port, "quytrinh").postBytes("/engine-rest/deployment/create",
                "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunfinished".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.body()).doesNotContain("at org.", "at java.");
    }

    private String rawChunkedPost(String path, String contentType, String body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at < bytes.length; at += 8192) {
            int length = Math.min(8192, bytes.length - at);
            request.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(bytes, at, length);
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return WebSession.raw(port, request.toByteArray());
    }

    private String rawGet(String path, String host) {
        return WebSession.raw(port, ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }
}
