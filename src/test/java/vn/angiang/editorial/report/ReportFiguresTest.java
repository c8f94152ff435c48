package vn.angiang.editorial.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.angiang.editorial.report.ReportRecords.at;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.angiang.editorial.report.ReportFigures.AgencyDuty;
import vn.angiang.editorial.report.ReportFigures.AgencyFeedback;
import vn.angiang.editorial.report.ReportFigures.ContentCount;
import vn.angiang.editorial.report.ReportFigures.KindAmount;

/**
 * The figures of November 2026, seeded row by row so that every number below is known by construction (worked
 * out by hand in the comments), on the whole application with an in-memory H2.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:report-figures;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest {

    @Autowired JdbcClient jdbc;
    @Autowired ReportQueries queries;

    ReportFigures november;

    @BeforeAll
    void seedNovember() {
        ReportRecords r = new ReportRecords(jdbc);
        r.clear();
        // content: durations submission → first publication of the items published in November:
        // s1 2.0 days, s2 1.5, s3 4.0, s4 10.0, s5 5.0 → sorted 1.5 2 4 5 10: median 4.0, p90 (rank ⌈4.5⌉ = 5) 10.0
        long s1 = r.submitted("economy", "agency-health", at(2026, 11, 2, 8));
        r.published(s1, at(2026, 11, 4, 8));
        r.status(s1, "TAKEN_DOWN", at(2026, 11, 25, 9));
        long s2 = r.submitted("economy", "agency-health", at(2026, 11, 3, 8));
        r.published(s2, at(2026, 11, 4, 20));
        long s3 = r.submitted("politics", "agency-finance", at(2026, 11, 5, 8));
        r.published(s3, at(2026, 11, 9, 8));
        long s4 = r.submitted("politics", "agency-finance", at(2026, 11, 10, 8));
        r.published(s4, at(2026, 11, 20, 8));
        long s5 = r.submitted("economy", "agency-finance", at(2026, 10, 28, 8));   // submitted in October
        r.published(s5, at(2026, 11, 2, 8));
        long s6 = r.submitted("economy", "agency-health", at(2026, 11, 12, 8));
        r.status(s6, "RETURNED", at(2026, 11, 13, 8));
        r.status(s6, "RETURNED", at(2026, 11, 15, 8));                            // the same item: counted once
        r.status(s6, "REJECTED", at(2026, 11, 20, 8));
        r.submitted("politics", "agency-health", at(2026, 11, 25, 8));
        r.submitted("politics", "agency-health", at(2026, 12, 1, 0, 30));          // December in Vietnam
        r.submitted("politics", "agency-health", at(2026, 10, 31, 23, 30));        // October in Vietnam
        long june = r.submitted("economy", "agency-health", at(2026, 6, 1, 8));
        r.published(june, at(2026, 6, 3, 8));

        // feedback received in November: f1..f6, f9 = 7; not accepted f1, f2; by the board f3
        r.feedback(at(2026, 11, 3, 9), "NOT_ACCEPTED", null, null, null, null, null);
        r.feedback(at(2026, 11, 4, 9), "OUT_OF_SCOPE", null, null, null, null, null);
        r.feedback(at(2026, 11, 5, 9), "ANSWERED", "board", null, null, null, at(2026, 11, 8, 9));
        // agency-health: forwarded 3 in November; answered on time 1, late 1; open and overdue 1 (due 20/11: 10 days)
        r.feedback(at(2026, 11, 6, 9), "ANSWERED", "agency", "agency-health", at(2026, 11, 6, 10), at(2026, 11, 26, 17),
                at(2026, 11, 20, 9));
        r.feedback(at(2026, 11, 6, 9), "ANSWERED", "agency", "agency-health", at(2026, 11, 6, 10), at(2026, 11, 10, 17),
                at(2026, 11, 15, 9));
        r.feedback(at(2026, 11, 7, 9), "FORWARDED", "agency", "agency-health", at(2026, 11, 7, 10), at(2026, 11, 20, 17),
                null);
        // agency-finance: forwarded in October, due 25/10, answered only on 05/12: open and overdue at the end of
        // November, 36 days (25/10 → 30/11); another answered in October is not November's
        r.feedback(at(2026, 10, 1, 9), "ANSWERED", "agency", "agency-finance", at(2026, 10, 2, 10), at(2026, 10, 25, 17),
                at(2026, 12, 5, 9));
        r.feedback(at(2026, 10, 1, 9), "ANSWERED", "agency", "agency-finance", at(2026, 10, 2, 10), at(2026, 10, 20, 17),
                at(2026, 10, 19, 9));
        r.feedback(at(2026, 11, 10, 9), "RECEIVED", null, null, null, null, null);

        // royalties approved in November (the October statement): paid works 300 000 news, 2 400 000 and 2 100 000
        // articles; paid in November with 240 000 withheld from Trần Thị B (Lê Văn C filed 08/CK-TNCN: nothing);
        // the September statement was approved in October and its tax withheld on a payment of 31 October
        long october = r.statement("2026-10", at(2026, 11, 5, 10));
        r.work(october, "news", 300_000, "Nguyễn Văn A");
        r.work(october, "article", 2_400_000, "Trần Thị B");
        r.work(october, "article", 2_100_000, "Lê Văn C");
        r.work(october, "news", 0, "Phạm Văn D");                                  // own duty: not paid
        r.payment(october, "Nguyễn Văn A", 300_000, 0, LocalDate.of(2026, 11, 20));
        r.payment(october, "Trần Thị B", 2_400_000, 240_000, LocalDate.of(2026, 11, 20));
        r.payment(october, "Lê Văn C", 2_100_000, 0, LocalDate.of(2026, 11, 30));
        long september = r.statement("2026-09", at(2026, 10, 10, 10));              // approved in October
        r.work(september, "news", 2_500_000, "Nguyễn Văn A");
        r.payment(september, "Nguyễn Văn A", 2_500_000, 250_000, LocalDate.of(2026, 10, 31));

        // meetings: one concluded in November; open follow-ups at the end of November: 3, of which 1 past due
        long held = r.meeting("concluded", at(2026, 11, 15, 8));
        r.meeting("invited", at(2026, 12, 3, 8));
        long earlier = r.meeting("held", at(2026, 10, 20, 8));
        r.followUp(earlier, 1, LocalDate.of(2026, 11, 25), null);                    // open, overdue
        r.followUp(earlier, 2, LocalDate.of(2026, 11, 30), at(2026, 11, 28, 9));     // done in November
        r.followUp(earlier, 3, LocalDate.of(2026, 12, 10), at(2026, 12, 2, 9));      // done only in December: open
        r.followUp(held, 1, LocalDate.of(2026, 12, 15), null);                       // open, not yet due

        // steps completed late in November: the secretariat's twice (1 and 3 days late), once on time; one late
        // step completed only in December
        String write = "Tổ giúp việc hoàn thiện báo cáo";
        r.completedTask("monthly-report", "writeNarrative", write, "tgv.thu", at(2026, 11, 3, 17), at(2026, 11, 4, 9));
        r.completedTask("monthly-report", "writeNarrative", write, "tgv.thu", at(2026, 11, 5, 17), at(2026, 11, 8, 9));
        r.completedTask("monthly-report", "writeNarrative", write, "tgv.thu", at(2026, 11, 20, 17), at(2026, 11, 20, 9));
        r.completedTask("monthly-report", "writeNarrative", write, "tgv.truong", at(2026, 11, 28, 17), at(2026, 12, 1, 9));

        november = queries.figures(ReportPeriod.month(YearMonth.of(2026, 11)));
    }

    @Test
    void contentIsCountedByFieldAndByAgencyWithTheMedianAndNinetiethPercentile() {
        assertThat(november.content().total()).isEqualTo(new ContentCount("total", "Tổng cộng", 6, 5, 1, 1, 1));
        assertThat(november.content().byField()).containsExactly(
                new ContentCount("economy", "Kinh tế", 3, 3, 1, 1, 1),
                new ContentCount("politics", "Chính trị, nội chính", 3, 2, 0, 0, 0));
        assertThat(november.content().byAgency()).containsExactly(
                new ContentCount("agency-finance", "Sở Tài chính", 2, 3, 0, 0, 0),
                new ContentCount("agency-health", "Sở Y tế", 4, 2, 1, 1, 1));
        assertThat(november.content().medianDays()).isEqualTo(4.0);
        assertThat(november.content().p90Days()).isEqualTo(10.0);
    }

    @Test
    void feedbackIsCountedAndEachAgencyShowsOnTimeLateAndOverdueWithTheDays() {
        assertThat(november.feedback().received()).isEqualTo(7);
        assertThat(november.feedback().notAccepted()).isEqualTo(2);
        assertThat(november.feedback().answeredByBoard()).isEqualTo(1);
        assertThat(november.feedback().forwarded()).isEqualTo(3);
        assertThat(november.feedback().byAgency()).containsExactly(
                new AgencyFeedback("agency-finance", "Sở Tài chính", 0, 0, 0, 1, 36),
                new AgencyFeedback("agency-health", "Sở Y tế", 3, 1, 1, 1, 10));
    }

    @Test
    void royaltiesApprovedInTheMonthAreCountedByKindWithTheTaxWithheldOnTheMonthsPayments() {
        assertThat(november.royalties().statements()).isEqualTo(1);
        assertThat(november.royalties().worksPaid()).isEqualTo(3);
        assertThat(november.royalties().total()).isEqualTo(4_800_000);
        assertThat(november.royalties().byKind()).containsExactly(
                new KindAmount("article", 2, 4_500_000), new KindAmount("news", 1, 300_000));
        assertThat(november.royalties().taxWithheld()).isEqualTo(240_000);
    }

    @Test
    void meetingsHeldAndFollowUpsStillOpenAtTheMonthsEnd() {
        assertThat(november.meetings().held()).isEqualTo(1);
        assertThat(november.meetings().openFollowUps()).isEqualTo(3);
        assertThat(november.meetings().overdueFollowUps()).isEqualTo(1);
    }

    @Test
    void agenciesBelowTheirDutyAreListedAndThoseThatMetItAreNot() {
        // Sở Y tế owes 4 a month and submitted 4 in November; Sở Tài chính owes 4 and submitted 2
        assertThat(november.agenciesBelowDuty()).contains(new AgencyDuty("agency-finance", "Sở Tài chính", 4, 2))
                .extracting(AgencyDuty::agencyGroup).doesNotContain("agency-health");
        assertThat(november.agenciesBelowDuty()).filteredOn(a -> a.agencyGroup().equals("agency-provincial-office"))
                .containsExactly(new AgencyDuty("agency-provincial-office", "Văn phòng UBND tỉnh", 8, 0));
    }

    @Test
    void stepsCompletedLateAreListedByStepAndPersonFromTheEnginesHistory() {
        assertThat(november.lateSteps()).filteredOn(s -> s.process().startsWith("Báo cáo tháng")).containsExactly(
                new ReportFigures.LateStep("Báo cáo tháng, báo cáo định kỳ và đột xuất của Ban Biên tập",
                        "Tổ giúp việc hoàn thiện báo cáo", "Đỗ Thị Thu", 2, 3));
    }

    @Test
    void theTrendShowsTwelveMonthsEndingWithTheReportsMonth() {
        assertThat(november.trend()).hasSize(12);
        assertThat(november.trend().get(0).month()).isEqualTo("2025-12");
        assertThat(november.trend()).filteredOn(m -> m.published() > 0).extracting(m -> m.month() + "=" + m.published())
                .isEqualTo(List.of("2026-06=1", "2026-11=5"));
    }
}
