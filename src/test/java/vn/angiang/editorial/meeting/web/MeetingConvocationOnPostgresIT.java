package vn.angiang.editorial.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.angiang.editorial.meeting.process.MutableClock;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * An ad hoc meeting on a real PostgreSQL, worked through the REST API as Tasklist does by the demo users of each
 * role, its mails delivered by a real SMTP server (GreenMail) with the .ics event and the invitation attached;
 * then {@code /api/meetings} and its documents, read by those who may and refused to those who may not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "editorial.mail.mode=smtp",
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=5000",
        "editorial.mail.from=bbt@bbt.angiang.test",
        "editorial.mail.dispatch-interval=200ms",
        "editorial.public-base-url=https://bbt.angiang.test/"})
@ContextConfiguration(initializers = EmbeddedPostgresSupport.Initializer.class)
@Import(MeetingConvocationOnPostgresIT.Time.class)
class MeetingConvocationOnPostgresIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    /** Monday 1 March 2027, 09:00 in Vietnam */
    static final ZonedDateTime MONDAY = ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, BoardTime.ZONE);
    static final int SMTP_PORT = freePort();
    static volatile GreenMail greenMail;

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock meetingClock() {
            return new MutableClock(MONDAY);
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
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

    @Autowired TestRestTemplate http;
    @Autowired MutableClock clock;

    @Test
    void anAdHocMeetingThroughTheRestApiWithRealMailAndItsDocuments() throws Exception {
        // the head convenes; the secretariat lead drafts the agenda
        ResponseEntity<Map<String, Object>> started = call(HttpMethod.POST,
                "/engine-rest/process-definition/key/meeting-convocation/submit-form", "truongban",
                Map.of("variables", Map.of("kind", value("ad-hoc"), "title", value("đột xuất về an toàn thông tin"),
                        "reason", value("Sự cố ngày 26/02/2027."), "startsAt", value(null), "place", value(null))), OBJECT);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        String pi = (String) started.getBody().get("id");

        work(pi, "tgv.truong", Map.of("title", value("đột xuất về an toàn thông tin"),
                "startsAt", value("2027-03-11T08:00+07:00"), "place", value("Phòng họp Sở"),
                "contributionsDue", value("2027-03-05T17:00+07:00"),
                "agendaItems", json(List.of(Map.of("title", "Kế hoạch bảo đảm an toàn thông tin", "field", "economy",
                        "presenter", "Trung tâm Tin học"))),
                "guests", json(List.of())));
        work(pi, "ttth.an", Map.of("documents", json(List.of(Map.of("title", "Báo cáo sự cố",
                "link", "https://tailieu.angiang.gov.vn/su-co.pdf"))), "documentsNote", value("Đủ điều kiện.")));
        work(pi, "tv.kinhte", Map.of("contribution", value("Đề nghị sao lưu hằng ngày."), "contributionLink", value(null)));
        work(pi, "truongban", Map.of("invitationDecision", value("approve"), "invitationComment", value(null)));

        long id = meetingId();
        // every member but the head gets the invitation with the .ics event and the PDF of the GM
        List<MimeMessage> invitations = awaitMails("Giấy mời số", 7);
        MimeMessage toMember = invitations.stream().filter(m -> recipient(m).equals("tv.kinhte@bbt.angiang.local"))
                .findFirst().orElseThrow();
        assertThat(toMember.getSubject()).contains("/GM-BBT", "họp đột xuất về an toàn thông tin");
        Multipart parts = (Multipart) toMember.getContent();
        List<String> types = new ArrayList<>();
        String calendar = null;
        String text = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            types.add(part.getContentType().toLowerCase());
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                calendar = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } else if (part.getContentType().toLowerCase().startsWith("text/plain")) {
                text = (String) part.getContent();
            } else if (part.getContent() instanceof Multipart inner) {
                text = (String) inner.getBodyPart(0).getContent();
            }
        }
        assertThat(types).anyMatch(t -> t.startsWith("text/calendar")).anyMatch(t -> t.startsWith("application/pdf"));
        assertThat(calendar).contains("METHOD:REQUEST", "DTSTART:20270311T010000Z", "ATTENDEE:mailto:tv.kinhte@bbt.angiang.local");
        assertThat(text).contains("Kính gửi Võ Thị Lan", "08 giờ 00, thứ Năm, ngày 11/03/2027",
                "https://bbt.angiang.test/api/meetings/" + id + "/documents", "ủy quyền cán bộ có trách nhiệm họp thay");

        // replies, one by proxy; a reply that names no proxy's position is refused in Vietnamese
        ResponseEntity<Map<String, Object>> refused = submit(taskOf(pi, "tv.vanhoa"), "tv.vanhoa",
                Map.of("reply", value("proxy"), "proxyName", value("Trần Văn Thay"), "proxyPosition", value(""),
                        "proxyUnit", value("Sở Văn hóa, Thể thao và Du lịch")));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(String.valueOf(refused.getBody().get("message"))).contains("Chức vụ người họp thay không được để trống");
        work(pi, "tv.vanhoa", Map.of("reply", value("proxy"), "proxyName", value("Trần Văn Thay"),
                "proxyPosition", value("Phó Giám đốc"), "proxyUnit", value("Sở Văn hóa, Thể thao và Du lịch")));
        for (String member : List.of("phoban.tttt", "phoban.vp", "tv.chinhtri", "tv.kinhte", "tv.phapluat", "tv.khcn")) {
            work(pi, member, Map.of("reply", value("confirm")));
        }

        // after the meeting: the record (a vote above attendance is refused), the minutes, the conclusion notice
        clock.set(ZonedDateTime.of(2027, 3, 11, 11, 0, 0, 0, BoardTime.ZONE));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("attendance", json(List.of()));
        record.put("followUpItems", json(List.of()));
        record.put("decisions", json(List.of(Map.of("position", 1, "decision", "Thông qua kế hoạch.", "votesFor", 9,
                "votesAgainst", 0, "votesAbstain", 0))));
        ResponseEntity<Map<String, Object>> tooMany = submit(taskOf(pi, "tgv.thu"), "tgv.thu", record);
        assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
        assertThat(String.valueOf(tooMany.getBody().get("message"))).contains("vượt số thành viên dự họp (8");
        record.put("decisions", json(List.of(Map.of("position", 1, "decision", "Thông qua kế hoạch.", "votesFor", 8,
                "votesAgainst", 0, "votesAbstain", 0))));
        work(pi, "tgv.thu", record);
        work(pi, "truongban", Map.of("minutesDecision", value("approve"), "minutesComment", value(null)));
        List<MimeMessage> notices = awaitMails("Thông báo số", 8);
        assertThat(notices).extracting(MeetingConvocationOnPostgresIT::recipient).contains("truongban@bbt.angiang.local");

        // the meetings list and the documents, for those who may read them
        ResponseEntity<List<Map<String, Object>>> list = call(HttpMethod.GET, "/api/meetings", "quanly", null, LIST);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> listed = list.getBody().stream().filter(m -> ((Number) m.get("id")).longValue() == id)
                .findFirst().orElseThrow();
        assertThat(listed).containsEntry("kind", "ad-hoc").containsEntry("status", "concluded")
                .containsEntry("chairId", "truongban").containsEntry("chairName", "Nguyễn Văn Hùng");
        ResponseEntity<List<Map<String, Object>>> documents = call(HttpMethod.GET,
                "/api/meetings/" + id + "/documents", "tv.kinhte", null, LIST);
        assertThat(documents.getStatusCode().value()).isEqualTo(200);
        assertThat(documents.getBody()).extracting(d -> d.get("kind")).containsExactly("paper", "paper", "paper",
                "document", "contribution");
        assertThat(documents.getBody()).extracting(d -> String.valueOf(d.get("symbol")))
                .anyMatch(symbol -> symbol.endsWith("/GM-BBT")).anyMatch(symbol -> symbol.endsWith("/BB-BBT"));
        String pdfPath = (String) documents.getBody().get(2).get("pdf");
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("tgv.thu", "demo");
        ResponseEntity<byte[]> pdf = http.exchange(pdfPath, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).endsWith("-TB-BBT.pdf");

        // a collaborator reads no meeting: 403 on the list, the same 404 as an unknown meeting on a record
        assertThat(call(HttpMethod.GET, "/api/meetings", "ctv.lan", null, OBJECT).getStatusCode().value()).isEqualTo(403);
        assertThat(call(HttpMethod.GET, "/api/meetings/" + id + "/documents", "ctv.lan", null, OBJECT)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(http.exchange(pdfPath, HttpMethod.GET, new HttpEntity<>(basic("ctv.lan")), byte[].class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(call(HttpMethod.GET, "/api/meetings/999999/documents", "quanly", null, OBJECT).getStatusCode().value())
                .isEqualTo(404);
        assertThat(call(HttpMethod.GET, "/api/meetings", null, null, OBJECT).getStatusCode().value()).isEqualTo(401);
        // its trail, through the shared reader
        Map<String, Object> trail = call(HttpMethod.GET, "/api/audit/meeting-convocation/" + id, "quanly", null, OBJECT)
                .getBody();
        assertThat(trail).containsEntry("status", "CONCLUDED");
    }

    // ---- Tasklist's calls ------------------------------------------------------------------------------------

    /** This test's meeting (the demo data has meetings of its own). */
    long meetingId() {
        List<Map<String, Object>> meetings = call(HttpMethod.GET, "/api/meetings", "tgv.truong", null, LIST).getBody();
        return meetings.stream().filter(m -> "đột xuất về an toàn thông tin".equals(m.get("title")))
                .map(m -> ((Number) m.get("id")).longValue()).findFirst().orElseThrow();
    }

    String taskOf(String processInstanceId, String user) {
        ResponseEntity<List<Map<String, Object>>> tasks = call(HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + processInstanceId, user, null, LIST);
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        assertThat(tasks.getBody()).as("tasks %s sees", user).isNotEmpty();
        return tasks.getBody().stream().filter(t -> user.equals(t.get("assignee"))).map(t -> (String) t.get("id"))
                .findFirst().orElse((String) tasks.getBody().get(0).get("id"));
    }

    /** Claim (unless assigned), fetch the deployed form, submit it. */
    void work(String processInstanceId, String user, Map<String, Object> submitted) {
        String taskId = taskOf(processInstanceId, user);
        Map<String, Object> task = call(HttpMethod.GET, "/engine-rest/task/" + taskId, user, null, OBJECT).getBody();
        if (task.get("assignee") == null) {
            assertThat(call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", user, Map.of("userId", user), OBJECT)
                    .getStatusCode().value()).isEqualTo(204);
        }
        assertThat(call(HttpMethod.GET, "/engine-rest/task/" + taskId + "/deployed-form", user, null, OBJECT)
                .getBody().get("id").toString()).startsWith("meeting-");
        ResponseEntity<Map<String, Object>> response = submit(taskId, user, submitted);
        assertThat(response.getStatusCode().value()).as("%s: %s", user, response.getBody()).isEqualTo(204);
    }

    ResponseEntity<Map<String, Object>> submit(String taskId, String user, Map<String, Object> submitted) {
        return call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", user,
                Map.of("variables", submitted), OBJECT);
    }

    <T> ResponseEntity<T> call(HttpMethod method, String path, String user, Object body,
            ParameterizedTypeReference<T> type) {
        HttpHeaders headers = user == null ? new HttpHeaders() : basic(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange(path, method, new HttpEntity<>(body, headers), type);
    }

    static HttpHeaders basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return headers;
    }

    static Map<String, Object> value(Object value) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value);
        return v;
    }

    static Map<String, Object> json(Object value) throws Exception {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", "Json");
        v.put("value", JSON.writeValueAsString(value));
        return v;
    }

    static List<MimeMessage> awaitMails(String subjectPart, int count) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                    found.add(m);
                }
            }
            if (found.size() >= count || Instant.now().isAfter(until)) {
                assertThat(found).as("mails «%s»", subjectPart).hasSize(count);
                return found;
            }
            Thread.sleep(200);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).findFirst().orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
