package vn.angiang.editorial.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.angiang.editorial.security.EngineHttp.Response;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * Delegations of the head's authority over HTTP ({@code /api/delegations}) on PostgreSQL (Đ8.1–8.2): only
 * the head records them (or an administrator entering the head's paper), only for a deputy head, one
 * delegate per scope at a time; who delegates is the signed-in head whatever the body says; bad input is
 * refused field by field in Vietnamese and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DelegationRecordsIT extends OverHttp {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "delegation_records_test");
    }

    @AfterEach
    void revokeAll() {
        jdbc.sql("UPDATE delegation SET revoked_at = CURRENT_TIMESTAMP, revoked_by = 'test' WHERE revoked_at IS NULL")
                .update();
    }

    static Map<String, Object> delegation(String delegate, String scope, LocalDate from, LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delegateId", delegate);
        body.put("scopes", List.of(scope));
        body.put("validFrom", from.toString());
        body.put("validTo", to.toString());
        body.put("paperRef", "Giấy ủy quyền số 03/GUQ-BBT ngày " + from);
        return body;
    }

    int delegations() {
        return jdbc.sql("SELECT COUNT(*) FROM delegation").query(Integer.class).single();
    }

    @Test
    void theHeadDelegatesInHisOwnNameWhateverTheBodySays() {
        Map<String, Object> body = delegation("phoban.tttt", "approve-content", TODAY, TODAY.plusDays(5));
        body.put("delegatorId", "phoban.vp");

        Response recorded = http.call("POST", "/api/delegations", "truongban", body);

        assertThat(recorded.status()).isEqualTo(201);
        JsonNode view = recorded.json();
        assertThat(view.path("delegatorId").asText()).isEqualTo("truongban");
        assertThat(view.path("delegateId").asText()).isEqualTo("phoban.tttt");
        assertThat(view.path("scopeLabels").get(0).asText()).isEqualTo("Phê duyệt tin bài");
        assertThat(view.path("inForceToday").asBoolean()).isTrue();
        assertThat(view.path("reference").asText()).startsWith("UQ-");
        // the trail of the delegation itself, read like any record's: by the board, not by others
        JsonNode trail = http.call("GET", "/api/audit/delegation/" + view.path("reference").asText(), "tv.kinhte", null).json();
        assertThat(trail.path("statusLabel").asText()).isEqualTo("Đang có hiệu lực");
        assertThat(trail.path("entries").get(0).path("actorId").asText()).isEqualTo("truongban");
        assertThat(trail.path("entries").get(0).path("actionLabel").asText()).isEqualTo("Ghi nhận ủy quyền");
        assertThat(http.call("GET", "/api/audit/delegation/" + view.path("reference").asText(), "ctv.lan", null).status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheHeadOrAnAdministratorWithTheHeadsPaperRecordsADelegation() {
        int before = delegations();
        for (String notTheHead : List.of("phoban.tttt", "tv.kinhte", "ttth.an", "ctv.lan", "quanly")) {
            Response refused = http.call("POST", "/api/delegations", notTheHead,
                    delegation("phoban.tttt", "approve-content", TODAY, TODAY.plusDays(1)));
            assertThat(refused.status()).as(notTheHead).isEqualTo(403);
            assertThat(refused.json().path("message").asText()).contains("Chỉ Trưởng ban");
        }
        assertThat(delegations()).isEqualTo(before);

        Map<String, Object> withoutHead = delegation("phoban.vp", "sign-papers", TODAY, TODAY.plusDays(1));
        Response noDelegator = http.call("POST", "/api/delegations", "demo", withoutHead);
        assertThat(noDelegator.status()).isEqualTo(400);
        assertThat(noDelegator.json().path("errors").path("delegatorId").asText()).isEqualTo("Người ủy quyền phải là Trưởng ban.");

        withoutHead.put("delegatorId", "truongban");
        Response entered = http.call("POST", "/api/delegations", "demo", withoutHead);
        assertThat(entered.status()).isEqualTo(201);
        assertThat(entered.json().path("delegatorId").asText()).isEqualTo("truongban");
        assertThat(entered.json().path("createdBy").asText()).isEqualTo("demo");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndStoresNothing() {
        int before = delegations();

        Response empty = http.call("POST", "/api/delegations", "truongban", Map.of("delegateId", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("errors").path("delegateId").asText()).isEqualTo("Hãy chọn Phó Trưởng ban được ủy quyền.");
        assertThat(empty.json().path("errors").path("scopes").asText()).isEqualTo("Hãy chọn ít nhất một phạm vi ủy quyền.");
        assertThat(empty.json().path("errors").path("paperRef").asText()).isEqualTo("Hãy nhập số, ngày của giấy ủy quyền.");

        Response backwards = http.call("POST", "/api/delegations", "truongban",
                delegation("phoban.tttt", "approve-content", TODAY.plusDays(3), TODAY));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().path("errors").path("validTo").asText()).isEqualTo("Ngày kết thúc phải từ ngày bắt đầu trở đi.");

        Response member = http.call("POST", "/api/delegations", "truongban",
                delegation("tv.kinhte", "approve-content", TODAY, TODAY.plusDays(1)));
        assertThat(member.status()).isEqualTo(400);
        assertThat(member.json().path("errors").path("delegateId").asText()).contains("Chỉ Phó Trưởng ban", "Đ8.1");

        assertThat(delegations()).isEqualTo(before);
    }

    @Test
    void oneDelegatePerScopeAtATimeUntilRevokedByTheHead() {
        Response first = http.call("POST", "/api/delegations", "truongban",
                delegation("phoban.tttt", "chair-meetings", TODAY, TODAY.plusDays(10)));
        assertThat(first.status()).isEqualTo(201);

        Response overlapping = http.call("POST", "/api/delegations", "truongban",
                delegation("phoban.vp", "chair-meetings", TODAY.plusDays(5), TODAY.plusDays(12)));
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.json().path("errors").path("scopes").asText())
                .contains("Triệu tập, chủ trì cuộc họp", "phoban.tttt", "thu hồi ủy quyền đó trước");

        String revoke = "/api/delegations/" + first.json().path("reference").asText().substring(3) + "/revoke";
        assertThat(http.call("POST", revoke, "phoban.tttt", null).status()).as("not by the delegate").isEqualTo(403);
        Response revoked = http.call("POST", revoke, "truongban", null);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("revoked").asBoolean()).isTrue();
        assertThat(revoked.json().path("inForceToday").asBoolean()).isFalse();

        assertThat(http.call("POST", "/api/delegations", "truongban",
                delegation("phoban.vp", "chair-meetings", TODAY.plusDays(5), TODAY.plusDays(12))).status()).isEqualTo(201);
    }

    @Test
    void theBoardAndThoseWhoOverseeItReadTheDelegationsOthersDoNot() {
        http.call("POST", "/api/delegations", "truongban", delegation("phoban.tttt", "approve-royalties", TODAY, TODAY));
        for (String reader : List.of("truongban", "phoban.vp", "tv.kinhte", "quanly", "demo")) {
            Response list = http.call("GET", "/api/delegations", reader, null);
            assertThat(list.status()).as(reader).isEqualTo(200);
            assertThat(list.json().findValuesAsText("delegateId")).as(reader).contains("phoban.tttt");
        }
        for (String outsider : List.of("ctv.lan", "syt.vanthu")) {
            assertThat(http.call("GET", "/api/delegations", outsider, null).status()).as(outsider).isEqualTo(403);
        }
        assertThat(http.call("GET", "/api/delegations", null, null).status()).isEqualTo(401);
    }
}
