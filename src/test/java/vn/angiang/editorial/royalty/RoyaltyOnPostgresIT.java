package vn.angiang.editorial.royalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ContextConfiguration;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.royalty.RoyaltyInputs.Proposal;
import vn.angiang.editorial.royalty.RoyaltyInputs.ShareInput;
import vn.angiang.editorial.royalty.RoyaltyInputs.WorkScore;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * The royalty tables (V9) and queries on a real PostgreSQL: a month is read from the content records across
 * the time-zone boundary, drafted, proposed, scored and approved; an approved month is not drafted again; the
 * statement is read over HTTP by the IT center and managers, and by nobody else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"editorial.operations.checks-enabled=false", "camunda.bpm.job-execution.enabled=false"})
@ContextConfiguration(initializers = EmbeddedPostgresSupport.Initializer.class)
class RoyaltyOnPostgresIT {

    @Autowired RoyaltyService service;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate http;

    long published(String title, String type, OffsetDateTime at, String... people) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO content_submission (submitter_id, submitter_group, title, summary, body_html, content_type,
                       field_code, urgency, status, content_version, appraiser_group, created_at, updated_at)
                VALUES ('ctv.lan', 'collaborators', :t, 'Tóm tắt', '<p>x</p>', :type, 'economy', 'normal', 'PUBLISHED',
                        1, 'member-economy', :at, :at)""")
                .param("t", title).param("type", type).param("at", at).update(key, "id");
        long id = ((Number) key.getKeys().get("id")).longValue();
        for (int i = 0; i < people.length; i++) {
            jdbc.sql("INSERT INTO content_contributor (submission_id, position, name, role) VALUES (:s, :p, :n, 'author')")
                    .param("s", id).param("p", i + 1).param("n", people[i]).update();
        }
        jdbc.sql("""
                INSERT INTO published_item (item_key, item_version, source_kind, source_id, title, body_html, state,
                       first_published_at, published_at, published_by)
                VALUES (:k, 1, 'content', :s, :t, '<p>x</p>', 'CURRENT', :at, :at, 'ttth.an')""")
                .param("k", "content-" + id).param("s", id).param("t", title).param("at", at).update();
        return id;
    }

    @Test
    void aMonthIsDraftedScoredAndApprovedOnPostgres() {
        // 00:30 on 1 July in Vietnam is still 30 June in UTC: the work belongs to July, at July's unit value
        published("Tin đầu tháng bảy", "news",
                LocalDate.of(2026, 7, 1).atTime(0, 30).atZone(BoardTime.ZONE).toOffsetDateTime(), "Hồ Ngọc Lan", "Dương Văn Minh");
        published("Tin cuối tháng sáu", "news",
                LocalDate.of(2026, 6, 30).atTime(23, 30).atZone(BoardTime.ZONE).toOffsetDateTime(), "Hồ Ngọc Lan");
        YearMonth july = YearMonth.of(2026, 7);

        RoyaltyStatement drafted = service.draft(july, null, Actor.system());

        assertThat(drafted.works()).singleElement().satisfies(w -> {
            assertThat(w.title()).isEqualTo("Tin đầu tháng bảy");
            assertThat(w.unitValue()).isEqualTo(253_000L);
            assertThat(w.shares()).extracting(RoyaltyShare::percent).containsExactly(50, 50);
        });
        long workId = drafted.works().get(0).id();
        service.propose(drafted.id(), "member-economy", List.of(new Proposal(workId, null, null, null, new BigDecimal("1.25"))),
                Actor.system());
        RoyaltyStatement scored = service.score(drafted.id(), List.of(new WorkScore(workId, null, "news",
                new BigDecimal("1.25"), List.of(new ShareInput("Hồ Ngọc Lan", "author", "collaborator", false, 50),
                        new ShareInput("Dương Văn Minh", "author", "collaborator", false, 50)))), Actor.system());
        // 1,25 × 253.000 = 316.250, split 50/50
        assertThat(scored.works().get(0).shares()).extracting(RoyaltyShare::amount).containsExactly(158_125L, 158_125L);
        assertThat(scored.works().get(0).proposedCoefficient()).isEqualByComparingTo("1.25");
        RoyaltyStatement approved = service.decide(drafted.id(), "approve", null,
                new Actor("truongban", "board-head", java.util.Set.of("board-head"), null, null));

        assertThat(approved.status()).isEqualTo(StatementStatus.APPROVED);
        assertThat(approved.total()).isEqualTo(316_250L);
        assertThatThrownBy(() -> service.refuseRun(july)).isInstanceOf(InputRefused.class)
                .hasMessageContaining("đã được phê duyệt");
        assertThatThrownBy(() -> service.draft(july, null, Actor.system())).isInstanceOf(InputRefused.class);

        // over HTTP (Basic, demo users): the IT center downloads the workbook, a manager reads the statement,
        // a collaborator and an agency are refused, an unknown month answers as a forbidden one
        ResponseEntity<byte[]> xlsx = http.withBasicAuth("ttth.an", "demo")
                .getForEntity("/api/royalties/2026-07/statement.xlsx", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentType().toString()).isEqualTo(StatementWorkbook.MEDIA_TYPE);
        assertThat(xlsx.getBody()).isNotEmpty();
        ResponseEntity<String> json = http.withBasicAuth("quanly", "demo").getForEntity("/api/royalties/2026-07", String.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.getBody()).contains("Tin đầu tháng bảy", "316250");
        assertThat(http.withBasicAuth("ctv.lan", "demo").getForEntity("/api/royalties/2026-07", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("syt.vanthu", "demo").getForEntity("/api/royalties/2026-07/payees", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("ttth.an", "demo").getForEntity("/api/royalties/2001-01", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/royalties/2026-07", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        // below the threshold nothing is withheld; a commitment on file is kept once
        assertThat(service.payeeTotals(approved)).extracting(PayeeTotals::tax).containsOnly(0L);
        service.recordCommitment("Hồ Ngọc Lan", 2026, "Cam kết số 01 ngày 05/01/2026", Actor.system());
        assertThatThrownBy(() -> service.recordCommitment("Hồ Ngọc Lan", 2026, "lại", Actor.system()))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Đã có cam kết");
        assertThatThrownBy(() -> service.recordCommitment(" ", 2026, "", Actor.system()))
                .isInstanceOf(InputRefused.class).hasMessageContaining("họ và tên");
    }
}
