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
import vn.angiang.editorial.royalty.RoyaltyInputs.PayeeInput;
import vn.angiang.editorial.royalty.RoyaltyInputs.PaymentInput;
import vn.angiang.editorial.royalty.RoyaltyInputs.Proposal;
import vn.angiang.editorial.royalty.RoyaltyInputs.ShareInput;
import vn.angiang.editorial.royalty.RoyaltyInputs.WorkScore;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * The royalty tables (V9, V11) and queries on a real PostgreSQL: a month is read from the content records across
 * the time-zone boundary, drafted, proposed, scored, approved and paid; an approved month is not drafted again but
 * gets a supplementary statement; the statement, payment list and settlement are read over HTTP by the IT center
 * and managers, bank details by the IT center and the head, and nobody else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"editorial.operations.checks-enabled=false", "camunda.bpm.job-execution.enabled=false"})
@ContextConfiguration(initializers = EmbeddedPostgresSupport.Initializer.class)
class RoyaltyOnPostgresIT {

    @Autowired RoyaltyService service;
    @Autowired RoyaltyPayments payments;
    @Autowired RoyaltyRepository repository;
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
        // the collaborator Hồ Ngọc Lan, with her own account, in the payee register
        Actor itCenter = new Actor("ttth.an", "it-center", java.util.Set.of("it-center"), null, null);
        Payee lan = payments.register(new PayeeInput("Hồ Ngọc Lan", "collaborator", "0312345678", null, "ctv.lan"),
                itCenter);
        service.propose(drafted.id(), "member-economy", List.of(new Proposal(workId, null, null, null, new BigDecimal("1.25"))),
                Actor.system());
        RoyaltyStatement scored = service.score(drafted.id(), List.of(new WorkScore(workId, null, "news",
                new BigDecimal("1.25"), List.of(new ShareInput("Hồ Ngọc Lan", "author", "collaborator", false, 50, lan.id()),
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
        // the collaborator reads her own line only, an agency is refused, an unknown month answers as a forbidden one
        ResponseEntity<byte[]> xlsx = http.withBasicAuth("ttth.an", "demo")
                .getForEntity("/api/royalties/2026-07/statement.xlsx", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentType().toString()).isEqualTo(StatementWorkbook.MEDIA_TYPE);
        assertThat(xlsx.getBody()).isNotEmpty();
        ResponseEntity<String> json = http.withBasicAuth("quanly", "demo").getForEntity("/api/royalties/2026-07", String.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.getBody()).contains("Tin đầu tháng bảy", "316250");
        ResponseEntity<String> own = http.withBasicAuth("ctv.lan", "demo").getForEntity("/api/royalties/2026-07",
                String.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).contains("Hồ Ngọc Lan", "158125").doesNotContain("Dương Văn Minh");
        assertThat(http.withBasicAuth("ctv.lan", "demo").getForEntity("/api/royalties/2026-07/papers", String.class)
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

        // payments (V11): recorded once per payee with the tax withheld; the table itself refuses net ≠ gross − tax
        payments.register(new PayeeInput("Hồ Ngọc Lan", "agency-author", null, "089123456789"), itCenter);
        assertThatThrownBy(() -> payments.register(new PayeeInput("Lan khác", "collaborator", "0312345678", null),
                itCenter)).isInstanceOf(InputRefused.class).hasMessageContaining("đã có");
        payments.recordCommitment(lan.id(), 2026, "Cam kết số 02 ngày 06/01/2026", itCenter);
        assertThatThrownBy(() -> payments.recordCommitment(lan.id(), 2026, "lại", itCenter))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Đã có cam kết");
        List<RoyaltyPayment> paid = payments.record(approved.id(), service.today().toString(), List.of(
                new PaymentInput("Hồ Ngọc Lan", null, null, null, "bank-transfer", "UNC 01", lan.id()),
                new PaymentInput("Dương Văn Minh", 158_125L, 0L, 158_125L, "cash", "PC 01")), itCenter);
        assertThat(paid).extracting(RoyaltyPayment::payeeName, RoyaltyPayment::net, RoyaltyPayment::payeeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hồ Ngọc Lan", 158_125L, lan.id()),
                        org.assertj.core.groups.Tuple.tuple("Dương Văn Minh", 158_125L, null));
        assertThat(payments.paid(approved.id())).isTrue();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO royalty_payment (statement_id, position, payee_name, gross, tax_withheld, net, method,
                       reference, paid_on, recorded_at, recorded_by)
                VALUES (:s, 9, 'X', 100, 10, 100, 'cash', 'PC', DATE '2026-08-05', CURRENT_TIMESTAMP, 'x')""")
                .param("s", approved.id()).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(payments.settlement(2026)).extracting(SettlementLine::period).containsOnly(july);

        // a work of July recorded late: a supplementary statement of July, beside the regular one
        published("Tin bổ sung tháng bảy", "news",
                LocalDate.of(2026, 7, 15).atTime(9, 0).atZone(BoardTime.ZONE).toOffsetDateTime(), "Mai Thị Hoa");
        RoyaltyStatement extra = service.draftSupplementary(july, null, Actor.system());
        assertThat(extra.kind()).isEqualTo(StatementKind.SUPPLEMENTARY);
        assertThat(extra.works()).extracting(RoyaltyWork::title).containsExactly("Tin bổ sung tháng bảy");
        assertThat(service.regularOf(july).orElseThrow().id()).isEqualTo(approved.id());
        // the fee section's table (V11): a line is read back with the statement; a negative amount is refused
        repository.insertFee(extra.id(), new FeeLine(1, "tv.kinhte", "Lê Văn Kinh", "member-economy", 500_000, "QĐ thử"));
        assertThat(service.get(extra.id()).fees()).extracting(FeeLine::name, FeeLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lê Văn Kinh", 500_000L));
        assertThatThrownBy(() -> repository.insertFee(extra.id(), new FeeLine(2, "x", "X", "member-economy", -1, "QĐ")))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        ResponseEntity<String> statements = http.withBasicAuth("quanly", "demo")
                .getForEntity("/api/royalties/2026-07/statements", String.class);
        assertThat(statements.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(statements.getBody()).contains("\"kind\":\"regular\"", "\"kind\":\"supplementary\"");
        assertThat(http.withBasicAuth("quanly", "demo").getForEntity("/api/royalties/2026-07?statement=" + extra.id(),
                String.class).getBody()).contains("Tin bổ sung tháng bảy").doesNotContain("Tin đầu tháng bảy");
        assertThat(http.withBasicAuth("quanly", "demo").getForEntity("/api/royalties/2026-08?statement=" + extra.id(),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("ttth.an", "demo").getForEntity("/api/royalties/2026-07/payment-list.xlsx?statement="
                + extra.id(), byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);

        // bank details: written by the IT center, read by the IT center and the head, by nobody else
        String bank = "{\"bankName\":\"Vietcombank An Giang\",\"accountNumber\":\"0123456789\",\"accountHolder\":\"HỒ NGỌC LAN\"}";
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        String bankUrl = "/api/royalties/payees/" + lan.id() + "/bank";
        assertThat(http.withBasicAuth("truongban", "demo").exchange(bankUrl, org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(bank, headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("ttth.an", "demo").exchange(bankUrl, org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(bank, headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> headReads = http.withBasicAuth("truongban", "demo").getForEntity(bankUrl, String.class);
        assertThat(headReads.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(headReads.getBody()).contains("0123456789", "HỒ NGỌC LAN");
        assertThat(http.withBasicAuth("quanly", "demo").getForEntity(bankUrl, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("ctv.lan", "demo").getForEntity(bankUrl, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // the payment list and the settlement as workbooks; the PDF exists once the process issued the statement
        ResponseEntity<byte[]> list = http.withBasicAuth("quanly", "demo")
                .getForEntity("/api/royalties/2026-07/payment-list.xlsx", byte[].class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getHeaders().getContentType().toString()).isEqualTo(StatementWorkbook.MEDIA_TYPE);
        ResponseEntity<byte[]> settlement = http.withBasicAuth("ttth.an", "demo")
                .getForEntity("/api/royalties/settlement/2026.xlsx", byte[].class);
        assertThat(settlement.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(settlement.getBody()))) {
            assertThat(book.getSheet("Theo người nhận").getRow(4).getCell(1).getStringCellValue()).isEqualTo("Hồ Ngọc Lan");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(http.withBasicAuth("ctv.lan", "demo").getForEntity("/api/royalties/settlement/2026.xlsx", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<byte[]> ownList = http.withBasicAuth("ctv.lan", "demo")
                .getForEntity("/api/royalties/2026-07/payment-list.xlsx", byte[].class);
        assertThat(ownList.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(ownList.getBody()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Hồ Ngọc Lan");
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("UNC 01");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(http.withBasicAuth("ttth.an", "demo").getForEntity("/api/royalties/2026-07/statement.pdf", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // corrections (V12): the supplementary statement also corrects the approved work, 1,25 → 1,5: a line that
        // refers to the original line and carries the difference, 379.500 − 316.250 = 63.250, split 50/50
        long addedId = extra.works().get(0).id();
        List<ShareInput> sameShares = List.of(new ShareInput("Hồ Ngọc Lan", "author", "collaborator", false, 50, lan.id()),
                new ShareInput("Dương Văn Minh", "author", "collaborator", false, 50));
        RoyaltyStatement corrected = service.score(extra.id(), List.of(
                new WorkScore(addedId, null, "news", new BigDecimal("1"), List.of(new ShareInput("Mai Thị Hoa", "author",
                        "collaborator", false, 100))),
                new WorkScore(null, null, "news", new BigDecimal("1.5"), sameShares, workId, null)), Actor.system());
        assertThat(corrected.works()).extracting(RoyaltyWork::correctsWorkId, RoyaltyWork::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, 253_000L), org.assertj.core.groups.Tuple.tuple(workId, 63_250L));
        assertThat(corrected.works().get(1).shares()).extracting(RoyaltyShare::amount).containsExactly(31_625L, 31_625L);
        assertThat(corrected.total()).isEqualTo(253_000L + 63_250L + 500_000L);
        assertThat(service.get(approved.id()).works().get(0).amount()).isEqualTo(316_250L);
        // a correction refers to an existing line; a payment may be negative (a recovery) but net = gross − tax
        assertThatThrownBy(() -> jdbc.sql("UPDATE royalty_work SET corrects_work_id = -1 WHERE id = :id")
                .param("id", addedId).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        jdbc.sql("""
                INSERT INTO royalty_payment (statement_id, position, payee_name, gross, tax_withheld, net, method,
                       reference, paid_on, recorded_at, recorded_by)
                VALUES (:s, 9, 'X', -100, -10, -90, 'cash', 'PC', DATE '2026-08-05', CURRENT_TIMESTAMP, 'x')""")
                .param("s", extra.id()).update();
    }
}
