package vn.angiang.editorial.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.angiang.editorial.security.EngineHttp.Response;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * The trail of any process's record over HTTP ({@code GET /api/audit/{processKey}/{recordKey}}) on
 * PostgreSQL, with the demo users of each role: the board, the managers and the administrators read every
 * trail, a submitter the trail of its own submission; anyone else, an unknown key and an unknown process
 * get one and the same 404, so that nothing can be probed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailReadingIT extends OverHttp {

    static final List<String> ENTRY_FIELDS = List.of("at", "actorId", "actorGroup", "actingFor", "delegationRef",
            "element", "action", "actionLabel", "comment", "detail");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "audit_trail_reading_test");
    }

    @Test
    void aSubmissionsTrailIsReadByItsSubmitterTheBoardAndThoseWhoOverseeIt() {
        long id = scenarios.submissionOf(scenarios.submitContent("ctv.lan", "Lễ hội Vía Bà Chúa Xứ núi Sam"));
        String path = "/api/audit/content-approval/" + id;

        Response own = read(path, "ctv.lan", 200);
        JsonNode trail = own.json();
        assertThat(trail.path("process").asText()).isEqualTo("content-approval");
        assertThat(trail.path("recordKey").asText()).isEqualTo(Long.toString(id));
        assertThat(trail.path("title").asText()).isEqualTo("Lễ hội Vía Bà Chúa Xứ núi Sam");
        assertThat(trail.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(trail.path("statusLabel").asText()).isEqualTo("Đã gửi, chờ kiểm duyệt");
        assertThat(entries(trail)).extracting(e -> e.path("element").asText(), e -> e.path("actorId").asText(),
                e -> e.path("actorGroup").asText(), e -> e.path("action").asText(), e -> e.path("actionLabel").asText(),
                e -> e.path("detail").asText(null))
                .containsExactly(
                        tuple("submitContent", "ctv.lan", "collaborators", "submit", "Gửi đăng", null),
                        tuple("submitContent", "ctv.lan", "collaborators", "status", "Đã gửi, chờ kiểm duyệt", "SUBMITTED"));
        assertThat(entries(trail)).allSatisfy(e -> {
            assertThat(e.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(ENTRY_FIELDS);
            assertThat(e.path("at").isNull()).isFalse();
        });
        // the content endpoint reads the same trail
        JsonNode legacy = read("/api/content/" + id + "/audit", "ctv.lan", 200).json();
        assertThat(entries(trail)).hasSize(legacy.path("decisions").size() + legacy.path("statusHistory").size());

        Response unknown = read("/api/audit/content-approval/99999999", "ctv.lan", 404);
        assertThat(unknown.message()).isNotBlank();
        for (String other : List.of("ctv.minh", "syt.vanthu")) {
            assertThat(read(path, other, 404).text()).as("%s reads another's trail", other).isEqualTo(unknown.text());
        }
        for (String reader : List.of("tv.kinhte", "quanly", "truongban", "ttth.an", "demo")) {
            assertThat(read(path, reader, 200).json().path("recordKey").asText()).as(reader).isEqualTo(Long.toString(id));
        }
        for (String probe : List.of("/api/audit/content-approval/abc", "/api/audit/content-approval/-" + id,
                "/api/audit/no-such-process/" + id)) {
            assertThat(read(probe, "tv.kinhte", 404).text()).as(probe).isEqualTo(unknown.text());
        }
    }

    @Test
    void aFeedbacksTrailIsReadByTheBoardAndThoseWhoOverseeItOnly() {
        String pi = scenarios.enterFeedback("Đường ngập nước sau mưa ở phường Long Xuyên");
        String code = jdbc.sql("SELECT tracking_code FROM feedback WHERE process_instance_id = :pi").param("pi", pi)
                .query(String.class).single();
        String path = "/api/audit/feedback-handling/" + code;

        JsonNode trail = read(path, "ttth.an", 200).json();
        assertThat(trail.path("process").asText()).isEqualTo("feedback-handling");
        assertThat(trail.path("recordKey").asText()).isEqualTo(code);
        assertThat(trail.path("title").asText()).isEqualTo("Đường ngập nước sau mưa ở phường Long Xuyên");
        assertThat(trail.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(entries(trail)).extracting(e -> e.path("element").asText(), e -> e.path("actorId").asText(),
                e -> e.path("actorGroup").asText(null), e -> e.path("action").asText(), e -> e.path("actionLabel").asText())
                .startsWith(tuple("feedbackReceived", "ttth.an", "it-center", "received", "Tiếp nhận"),
                        tuple("proposeAgency", "system", null, "proposed", "Bảng phân tuyến đề xuất cơ quan"));
        assertThat(entries(trail).get(1).path("detail").asText()).isEqualTo("agency-health");
        // the feedback endpoint reads the same trail
        assertThat(read("/api/feedback/" + code + "/audit", "ttth.an", 200).json().path("events").size())
                .isEqualTo(entries(trail).size());
        // a tracking code is read leniently, as citizens type it
        assertThat(read(path.toLowerCase(Locale.ROOT), "tv.vanhoa", 200).json().path("recordKey").asText())
                .isEqualTo(code);

        Response unknown = read("/api/audit/feedback-handling/PA-00000-00000", "tv.vanhoa", 404);
        for (String other : List.of("syt.vanthu", "ctv.lan")) {
            assertThat(read(path, other, 404).text()).as("%s reads a feedback trail", other).isEqualTo(unknown.text());
        }
        for (String reader : List.of("tv.vanhoa", "quanly", "phoban.tttt", "tgv.thu", "demo")) {
            assertThat(read(path, reader, 200).json().path("recordKey").asText()).as(reader).isEqualTo(code);
        }
        // and the same answer as for a submission: the process of a key cannot be told either
        assertThat(read("/api/audit/content-approval/99999999", "tv.vanhoa", 404).text()).isEqualTo(unknown.text());
    }

    private Response read(String path, String user, int status) {
        Response response = http.call("GET", path, user, null);
        assertThat(response.status()).as("GET %s as %s: %s", path, user, response).isEqualTo(status);
        return response;
    }

    private static List<JsonNode> entries(JsonNode trail) {
        assertThat(trail.path("entries").isArray()).as("entries of %s", trail).isTrue();
        return StreamSupport.stream(trail.path("entries").spliterator(), false).toList();
    }
}
