package vn.angiang.editorial.report.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.angiang.editorial.report.ReportRecords.at;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestExecutionListeners;

import vn.angiang.editorial.platform.delegation.DelegationRequest;
import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Delegations;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.report.BoardReport;
import vn.angiang.editorial.report.ReportRecords;
import vn.angiang.editorial.report.ReportService;
import vn.angiang.editorial.report.ReportStatus;
import vn.angiang.editorial.royalty.process.RoyaltyClockConfiguration.SettableClock;

/**
 * Every path of monthly-report, driven as the demo users would in Tasklist, on the whole application with an
 * in-memory H2: the month drafted by the timer and signed by the head; returned by the deputy and by the signer,
 * then signed by a deputy under delegation; an empty month; an ad hoc and a six-monthly period. The coverage
 * listener fails the class unless every flow node and sequence flow was passed.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:report-process;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ReportProcessTestConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ReportProcessTest {

    static final Actor HEAD = new Actor("truongban", "board-head", Set.of("board-head", "board-members"), null, null);

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;
    @Autowired ReportService service;
    @Autowired Delegations delegations;
    @Autowired Papers papers;

    ReportProcessDriver driver;
    ReportRecords records;

    @BeforeEach
    void setUp() {
        driver = new ReportProcessDriver(engine, clock);
        records = new ReportRecords(jdbc);
    }

    @AfterEach
    void tearDown() {
        driver.reset();
        delegations.list(false).forEach(d -> delegations.revoke(HEAD, d.id()));
    }

    BoardReport report(ProcessInstance pi) {
        long id = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("reportId").singleResult().getValue()).longValue();
        return service.get(id);
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            return text.getText();
        }
    }

    @Test
    void theTimerDraftsLastMonthTheSecretariatWritesTheDeputyPassesItOnAndTheHeadSigns() throws Exception {
        long s = records.submitted("economy", "agency-finance", at(2026, 9, 28, 8));
        records.published(s, at(2026, 10, 2, 8));
        records.submitted("politics", "agency-health", at(2026, 10, 5, 8));
        driver.today(LocalDate.of(2026, 11, 2));                      // Monday, the first working day of November

        ProcessInstance pi = driver.fire("dailyTimer");

        assertThat(pi).isWaitingAt("writeNarrative").task().hasCandidateGroup("secretariat");
        assertThat(pi).hasBusinessKey("report-2026-10");
        BoardReport drafted = report(pi);
        assertThat(drafted.status()).isEqualTo(ReportStatus.DRAFTED);
        assertThat(drafted.figures().content().total().submitted()).isEqualTo(1);
        assertThat(drafted.figures().content().total().published()).isEqualTo(1);

        driver.write(pi);
        assertThat(pi).isWaitingAt("reviewByIctDeputy").task().hasCandidateGroup("deputy-head-ict");
        driver.decide(pi, "reviewByIctDeputy", "phoban.tttt", "approve", null);
        assertThat(pi).isWaitingAt("signReport").task().hasCandidateGroup("board-head");
        driver.decide(pi, "signReport", "truongban", "sign", null);

        assertThat(pi).isEnded().hasPassed("issueReport", "reportIssued");
        BoardReport issued = report(pi);
        assertThat(issued.status()).isEqualTo(ReportStatus.ISSUED);
        assertThat(issued.signedBy()).isEqualTo("truongban");
        assertThat(issued.signedFor()).isNull();
        assertThat(issued.paperSymbol()).matches("\\d+/BC-.*");
        IssuedPaper paper = papers.list(ReportService.PROCESS_KEY, "2026-10").get(0);
        assertThat(paper.signedBy()).isEqualTo("Nguyễn Văn Hùng");
        String text = docxText(papers.file(paper.id(), PaperFormat.DOCX).orElseThrow());
        assertThat(text).contains("BÁO CÁO", "tháng 10/2026", "Cổng tiếp nhận 1 tin, bài; đăng tải 1",
                "Cổng hoạt động ổn định", "Đôn đốc Sở Tài chính", "Biểu đồ 1.", "UBND tỉnh (để báo cáo)");
        // mailed with its PDF to the board's offices of the rules (head, ICT deputy, secretariat lead)
        assertThat(jdbc.sql("SELECT recipient FROM notification_outbox WHERE reference = 'report:2026-10'")
                .query(String.class).list()).contains("truongban@bbt.angiang.local", "phoban.tttt@bbt.angiang.local",
                "tgv.truong@bbt.angiang.local");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM notification_attachment a JOIN notification_outbox o ON o.id = a.message_id
                 WHERE o.reference = 'report:2026-10' AND a.media_type = 'application/pdf'""").query(Long.class).single())
                .isEqualTo(3);

        // the same month is not drafted twice, by the timer (next day) or by hand
        driver.today(LocalDate.of(2026, 11, 3));
        assertThat(driver.fire("dailyTimer")).isNull();
        assertThatThrownBy(() -> driver.start("tgv.thu", "monthly", "2026-10-01", "2026-10-31"))
                .hasMessageContaining("đã được lập");
    }

    @Test
    void theDeputyAndTheSignerReturnItAndADeputyUnderDelegationSignsForTheHead() {
        driver.today(LocalDate.of(2026, 12, 10));
        ProcessInstance pi = driver.start("tgv.thu", "monthly", "2026-09-15", "");
        assertThat(report(pi).period().from()).isEqualTo(LocalDate.of(2026, 9, 1));

        driver.write(pi);
        // a return needs its comment
        assertThatThrownBy(() -> driver.decide(pi, "reviewByIctDeputy", "phoban.tttt", "return", null))
                .hasMessageContaining("Ý kiến không được để trống");
        driver.decide(pi, "reviewByIctDeputy", "phoban.tttt", "return", "Bổ sung đánh giá về phản ánh quá hạn.");
        assertThat(pi).isWaitingAt("writeNarrative");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "returnComment"))
                .isEqualTo("Bổ sung đánh giá về phản ánh quá hạn.");
        assertThat(report(pi).status()).isEqualTo(ReportStatus.RETURNED);

        driver.write(pi);
        driver.decide(pi, "reviewByIctDeputy", "phoban.tttt", "approve", null);
        driver.decide(pi, "signReport", "truongban", "return", "Nêu rõ cơ quan chưa đủ định mức.");
        assertThat(pi).isWaitingAt("writeNarrative");

        driver.write(pi);
        driver.decide(pi, "reviewByIctDeputy", "phoban.tttt", "approve", null);
        // the deputy is not a candidate and may not sign without a delegation in force
        String signTask = driver.task(pi, "signReport").getId();
        assertThat(engine.getTaskService().getIdentityLinksForTask(signTask))
                .noneMatch(link -> "phoban.tttt".equals(link.getUserId()));
        assertThatThrownBy(() -> driver.decide(pi, "signReport", "phoban.tttt", "sign", null)).isInstanceOf(Exception.class);
        LocalDate day = delegations.today();
        delegations.record(HEAD, new DelegationRequest(null, "phoban.tttt", Set.of(DelegationScope.SIGN_PAPERS),
                day, day.plusDays(7), "Giấy ủy quyền số 09/GUQ-BBT"));
        driver.decide(pi, "signReport", "phoban.tttt", "sign", null);

        assertThat(pi).isEnded().hasPassed("reportIssued");
        BoardReport issued = report(pi);
        assertThat(issued.signedBy()).isEqualTo("phoban.tttt");
        assertThat(issued.signedFor()).isEqualTo("truongban");
        IssuedPaper paper = papers.list(ReportService.PROCESS_KEY, "2026-09").get(0);
        assertThat(paper.signedBy()).isEqualTo("Trần Thị Mai");
        assertThat(paper.signedFor()).isNotNull();
    }

    @Test
    void anEmptyMonthIsReportedWithZerosAndAMonthNotYetEndedIsRefused() throws Exception {
        driver.today(LocalDate.of(2026, 12, 10));
        assertThatThrownBy(() -> driver.start("tgv.thu", "monthly", "2026-12-01", ""))
                .hasMessageContaining("chưa kết thúc");

        ProcessInstance pi = driver.start("tgv.thu", "monthly", "2025-03-01", "");
        BoardReport drafted = report(pi);
        assertThat(drafted.figures().content().total().submitted()).isZero();
        assertThat(drafted.figures().feedback().received()).isZero();
        assertThat(drafted.figures().content().medianDays()).isNull();
        driver.write(pi);
        driver.decide(pi, "reviewByIctDeputy", "phoban.tttt", "approve", null);
        driver.decide(pi, "signReport", "truongban", "sign", null);

        assertThat(pi).isEnded();
        IssuedPaper paper = papers.list(ReportService.PROCESS_KEY, "2025-03").get(0);
        assertThat(docxText(papers.file(paper.id(), PaperFormat.DOCX).orElseThrow()))
                .contains("Cổng tiếp nhận 0 tin, bài", "tiếp nhận 0 phản ánh, kiến nghị");
    }

    @Test
    void anAdHocPeriodAndASixMonthlyFeedbackReportUseTheSameSteps() throws Exception {
        records.feedback(at(2026, 7, 3, 9), "NOT_ACCEPTED", null, null, null, null, null);
        driver.today(LocalDate.of(2026, 12, 10));
        assertThatThrownBy(() -> driver.start("tgv.thu", "ad-hoc", "2026-12-01", "2026-12-31"))
                .hasMessageContaining("muộn nhất là hôm nay");

        ProcessInstance adHoc = driver.start("tgv.thu", "ad-hoc", "2026-11-01", "2026-11-15");
        assertThat(adHoc).hasBusinessKey("report-ad-hoc-2026-11-01-2026-11-15").isWaitingAt("writeNarrative");
        assertThat(engine.getRuntimeService().getVariable(adHoc.getId(), "reportLabel"))
                .isEqualTo("từ ngày 01/11/2026 đến ngày 15/11/2026");

        ProcessInstance halfYear = driver.start("tgv.truong", "half-year-feedback", "2026-07-01", "2026-12-10");
        driver.write(halfYear);
        driver.decide(halfYear, "reviewByIctDeputy", "phoban.tttt", "approve", null);
        driver.decide(halfYear, "signReport", "truongban", "sign", null);
        assertThat(halfYear).isEnded();
        BoardReport issued = report(halfYear);
        assertThat(issued.figures().feedback().received()).isEqualTo(1);
        assertThat(issued.figures().feedback().notAccepted()).isEqualTo(1);
        IssuedPaper paper = papers.list(ReportService.PROCESS_KEY, issued.period().key()).get(0);
        assertThat(paper.title()).isEqualTo("Kết quả tiếp nhận, xử lý phản ánh, kiến nghị từ ngày 01/07/2026 đến ngày 10/12/2026");
        assertThat(docxText(papers.file(paper.id(), PaperFormat.DOCX).orElseThrow()))
                .contains("khoản 4 Điều 12", "Tiếp nhận, xử lý phản ánh").doesNotContain("Nhuận bút");
        assertThat(YearMonth.from(issued.period().to())).isEqualTo(YearMonth.of(2026, 12));
    }
}
