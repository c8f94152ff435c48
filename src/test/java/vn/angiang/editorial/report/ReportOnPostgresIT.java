package vn.angiang.editorial.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.angiang.editorial.report.ReportRecords.at;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.report.ReportFigures.AgencyFeedback;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * The report's queries and tables (V10) on a real PostgreSQL: a month seeded across the time-zone boundary is
 * counted as in Vietnam, drafted and read back; the files and the dashboard are served over HTTP to the board and
 * managers, and to nobody else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"editorial.operations.checks-enabled=false", "camunda.bpm.job-execution.enabled=false"})
@ContextConfiguration(initializers = EmbeddedPostgresSupport.Initializer.class)
class ReportOnPostgresIT {

    @Autowired ReportService service;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate http;

    @Test
    void aMonthIsCountedDraftedAndServedOnPostgres() {
        ReportRecords r = new ReportRecords(jdbc);
        // February 2024: 00:30 on 1 February in Vietnam is still January in UTC; 23:30 on 29 February is February
        long early = r.submitted("economy", "agency-finance", at(2024, 2, 1, 0, 30));
        r.published(early, at(2024, 2, 3, 0, 30));                                   // 2 days
        long returned = r.submitted("legal", "agency-health", at(2024, 2, 29, 23, 30));
        r.status(returned, "RETURNED", at(2024, 2, 29, 23, 45));
        r.submitted("legal", "agency-health", at(2024, 1, 31, 23, 30));               // January
        r.feedback(at(2024, 2, 5, 9), "ANSWERED", "agency", "agency-health", at(2024, 2, 5, 10), at(2024, 2, 10, 17),
                at(2024, 2, 12, 9));                                                   // late
        long statement = r.statement("2024-01", at(2024, 2, 6, 10));
        r.work(statement, "news", 2_500_000, "Phan Thị Én");
        r.payment(statement, "Phan Thị Én", 2_500_000, 250_000, java.time.LocalDate.of(2024, 2, 29));  // last day of the month
        r.payment(statement, "Phan Thị Én", 1_000_000, 100_000, java.time.LocalDate.of(2024, 3, 1));    // next month

        r.completedTask("monthly-report", "signReport", "Ký báo cáo", "truongban", at(2024, 2, 20, 17), at(2024, 2, 22, 9));

        ReportFigures f = service.figuresNow(ReportPeriod.month(YearMonth.of(2024, 2)));
        assertThat(f.content().total().submitted()).isEqualTo(2);
        assertThat(f.content().total().published()).isEqualTo(1);
        assertThat(f.content().total().returned()).isEqualTo(1);
        assertThat(f.content().medianDays()).isEqualTo(2.0);
        assertThat(f.feedback().byAgency()).containsExactly(new AgencyFeedback("agency-health", "Sở Y tế", 1, 0, 1, 0, 0));
        assertThat(f.royalties().taxWithheld()).isEqualTo(250_000);
        assertThat(f.lateSteps()).extracting(ReportFigures.LateStep::person, ReportFigures.LateStep::maxDaysLate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nguyễn Văn Hùng", 2L));

        BoardReport drafted = service.draft(ReportPeriod.month(YearMonth.of(2024, 2)), null, Actor.system());
        assertThat(service.monthly(YearMonth.of(2024, 2)).orElseThrow().figures()).isEqualTo(drafted.figures());
        assertThat(drafted.figures().content().byField()).extracting(ReportFigures.ContentCount::label)
                .containsExactly("Kinh tế", "Văn bản pháp luật, chỉ đạo điều hành");

        // over HTTP (Basic, demo users)
        ResponseEntity<byte[]> pdf = http.withBasicAuth("quanly", "demo").getForEntity("/api/reports/2024-02.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        ResponseEntity<byte[]> xlsx = http.withBasicAuth("tgv.thu", "demo").getForEntity("/api/reports/2024-02.xlsx", byte[].class);
        assertThat(xlsx.getHeaders().getContentType().toString()).isEqualTo(ReportWorkbook.MEDIA_TYPE);
        assertThat(http.withBasicAuth("tgv.thu", "demo").getForEntity("/api/reports/2024-02.docx", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("quanly", "demo").getForEntity("/api/reports/2999-01.pdf", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("tgv.thu", "demo").getForEntity("/api/reports/2024-02/follow-up.pdf", String.class)
                .getBody()).contains("Không có cơ quan nào bị đôn đốc hai tháng liền");
        assertThat(http.withBasicAuth("syt.vanthu", "demo").getForEntity("/api/reports/2024-02.pdf", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/reports/2024-02.pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> page = http.withBasicAuth("truongban", "demo").getForEntity("/api/reports/dashboard", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Tình hình hoạt động của Cổng tháng", "Tin bài theo lĩnh vực",
                "/api/reports/dashboard/fields.png");
        ResponseEntity<byte[]> chart = http.withBasicAuth("quanly", "demo")
                .getForEntity("/api/reports/dashboard/trend.png", byte[].class);
        assertThat(chart.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(http.withBasicAuth("tgv.thu", "demo").getForEntity("/api/reports/dashboard", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
