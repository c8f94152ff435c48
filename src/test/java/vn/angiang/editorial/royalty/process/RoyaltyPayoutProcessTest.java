package vn.angiang.editorial.royalty.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.royalty.Payee;
import vn.angiang.editorial.royalty.PayeeKind;
import vn.angiang.editorial.royalty.RoyaltyInputs.PayeeInput;
import vn.angiang.editorial.royalty.PaymentMethod;
import vn.angiang.editorial.royalty.RoyaltyInputs.PaymentInput;
import vn.angiang.editorial.royalty.RoyaltyPayment;
import vn.angiang.editorial.royalty.RoyaltyPayments;
import vn.angiang.editorial.royalty.RoyaltyInputs.Proposal;
import vn.angiang.editorial.royalty.RoyaltyInputs.WorkScore;
import vn.angiang.editorial.royalty.PayeeTotals;
import vn.angiang.editorial.royalty.RoyaltyService;
import vn.angiang.editorial.royalty.RoyaltyShare;
import vn.angiang.editorial.royalty.RoyaltyStatement;
import vn.angiang.editorial.royalty.RoyaltyWork;
import vn.angiang.editorial.royalty.SettlementLine;
import vn.angiang.editorial.royalty.StatementKind;
import vn.angiang.editorial.royalty.StatementStatus;
import vn.angiang.editorial.royalty.StatementWorkbook;
import vn.angiang.editorial.royalty.process.RoyaltyClockConfiguration.SettableClock;

/**
 * Every path of royalty-payout, driven as the demo users would in Tasklist, on the whole application with an
 * in-memory H2. The coverage listener fails the class unless every flow node and sequence flow was passed.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:royalty-process;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@Import(RoyaltyProcessTestConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RoyaltyPayoutProcessTest {

    static final Actor HEAD = new Actor("truongban", "board-head", Set.of("board-head", "board-members"), null, null);

    @Autowired ProcessEngine engine;
    @Autowired IdentityService identity;
    @Autowired FormService forms;
    @Autowired TaskService tasks;
    @Autowired RepositoryService repository;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired AuthorizationService authorizations;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;
    @Autowired RoyaltyService service;
    @Autowired Delegations delegations;
    @Autowired Papers papers;

    RoyaltyProcessDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new RoyaltyProcessDriver(identity, forms, tasks, repository, management, runtime, jdbc);
        // the coverage recorder looks the process definition up inside the user's own command
        for (String group : List.of("board-members", "board-head")) {
            if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
                    .resourceId(RoyaltyProcessDriver.KEY).count() == 0) {
                Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setGroupId(group);
                read.setResource(Resources.PROCESS_DEFINITION);
                read.setResourceId(RoyaltyProcessDriver.KEY);
                read.addPermission(Permissions.READ);
                authorizations.saveAuthorization(read);
            }
        }
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        delegations.list(false).forEach(d -> delegations.revoke(HEAD, d.id()));
        clock.set(java.time.Instant.now());
    }

    void today(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(7, 0)).atZone(BoardTime.ZONE).toInstant());
    }

    static OffsetDateTime at(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).atZone(BoardTime.ZONE).toOffsetDateTime();
    }

    RoyaltyStatement statement(ProcessInstance pi) {
        long id = ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("statementId").singleResult().getValue()).longValue();
        return service.get(id);
    }

    /** The member proposes {@code coefficient} for every work of their field. */
    void propose(ProcessInstance pi, String fieldGroup, String userId, String coefficient) {
        Task task = driver.openTask(pi, "proposeCoefficients", fieldGroup);
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (Proposal p : RoyaltyVariables.list(driver.variable(task, "royaltyProposals"), Proposal.class, "x")) {
            Map<String, Object> row = new HashMap<>();
            row.put("workId", p.workId());
            row.put("title", p.title());
            row.put("coefficient", new BigDecimal(coefficient));
            proposals.add(row);
        }
        driver.work(task, userId, Map.of("royaltyProposals", RoyaltyVariables.json(proposals)));
    }

    /** What the scoring task shows, as the IT center's form holds it. */
    List<Map<String, Object>> scoresShown(ProcessInstance pi) {
        Task task = driver.openTask(pi, "scoreStatement", "it-center");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WorkScore s : RoyaltyVariables.list(driver.variable(task, "royaltyScores"), WorkScore.class, "x")) {
            Map<String, Object> row = new HashMap<>();
            row.put("workId", s.workId());
            row.put("correctsWorkId", s.correctsWorkId());
            row.put("note", s.note());
            row.put("title", s.title());
            row.put("kind", s.kind());
            row.put("coefficient", s.coefficient());
            List<Map<String, Object>> shares = new ArrayList<>();
            s.shares().forEach(sh -> {
                Map<String, Object> share = new HashMap<>();
                share.put("name", sh.name());
                share.put("contribution", sh.contribution());
                share.put("payeeKind", sh.payeeKind());
                share.put("outsideDuty", sh.outsideDuty());
                share.put("percent", sh.percent());
                share.put("payeeId", sh.payeeId());
                shares.add(share);
            });
            row.put("shares", shares);
            rows.add(row);
        }
        return rows;
    }

    void score(ProcessInstance pi, List<Map<String, Object>> rows) {
        driver.work(driver.openTask(pi, "scoreStatement", "it-center"), "ttth.an",
                Map.of("royaltyScores", RoyaltyVariables.json(rows)));
    }

    void decide(ProcessInstance pi, String userId, String decision, String comment) {
        Map<String, Object> form = new HashMap<>();
        form.put("royaltyDecision", decision);
        form.put("royaltyComment", comment);
        driver.work(driver.openTask(pi, "approveStatement", "board-head"), userId, form);
    }

    static final Actor IT_CENTER = new Actor("ttth.an", "it-center", Set.of("it-center"), null, null);

    @Autowired RoyaltyPayments royaltyPayments;

    RoyaltyPayments payments() {
        return royaltyPayments;
    }

    /** What the payment task shows, as the IT center's form holds it. */
    List<Map<String, Object>> paymentsShown(ProcessInstance pi) {
        Task task = driver.openTask(pi, "recordPayment", "it-center");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PaymentInput p : RoyaltyVariables.list(driver.variable(task, "royaltyPayments"), PaymentInput.class, "x")) {
            Map<String, Object> row = new HashMap<>();
            row.put("payeeName", p.payeeName());
            row.put("gross", p.gross());
            row.put("tax", p.tax());
            row.put("net", p.net());
            row.put("payeeId", p.payeeId());
            rows.add(row);
        }
        return rows;
    }

    void pay(ProcessInstance pi, String paidOn, List<Map<String, Object>> rows) {
        driver.work(driver.openTask(pi, "recordPayment", "it-center"), "ttth.an",
                Map.of("paidOn", paidOn, "royaltyPayments", RoyaltyVariables.json(rows)));
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            return text.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String title) {
        return rows.stream().filter(r -> title.equals(r.get("title"))).findFirst().orElseThrow();
    }

    @Test
    void anOrdinaryMonthIsDraftedProposedScoredAndApprovedByTheHead() throws Exception {
        driver.published("Khánh thành cầu Châu Đốc", "news", "economy", "member-economy", "collaborators",
                at(2026, 11, 3, 9), "Hồ Ngọc Lan", "Dương Văn Minh");
        driver.published("Chuyển đổi số ở cấp xã", "article", "politics", "member-politics", "agency-health",
                at(2026, 11, 30, 23), "Mai Thị Hoa");
        driver.published("Thông báo lịch tiếp công dân", "announcement", "politics", "member-politics",
                "agency-health", at(2026, 11, 15, 8));
        driver.published("Tin tháng trước", "news", "economy", "member-economy", "collaborators",
                at(2026, 10, 31, 23), "Hồ Ngọc Lan");
        today(LocalDate.of(2026, 12, 1));     // a Tuesday, the first working day of December

        ProcessInstance pi = driver.startByHand("ttth.an", "2026-11");

        assertThat(pi).isWaitingAt("proposeCoefficients");
        RoyaltyStatement drafted = statement(pi);
        assertThat(drafted.period()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(drafted.works()).extracting(RoyaltyWork::title)
                .containsExactly("Khánh thành cầu Châu Đốc", "Chuyển đổi số ở cấp xã");
        assertThat(drafted.works()).extracting(RoyaltyWork::unitValue).containsOnly(253_000L);
        assertThat(driver.openTasks(pi, "proposeCoefficients")).hasSize(2);
        Task economy = driver.openTask(pi, "proposeCoefficients", "member-economy");
        assertThat(economy.getDueDate()).isNotNull();

        propose(pi, "member-economy", "tv.kinhte", "1.5");
        propose(pi, "member-politics", "tv.chinhtri", "3");
        assertThat(pi).isWaitingAt("scoreStatement");

        // the earliest work (3 November) is due on 2 January; ten working days before, while still scoring,
        // the head and the IT center are told; the task stays open
        assertThat(runtime.getVariable(pi.getId(), "paymentDue")).isEqualTo("02/01/2027");
        driver.fire(pi, "paymentDueSoonWhileScoring");
        assertThat(pi).hasPassed("paymentDueWarned").isWaitingAt("scoreStatement");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = 'royalty:2026-11'")
                .query(Long.class).single()).isPositive();

        List<Map<String, Object>> rows = scoresShown(pi);
        assertThat((BigDecimal) row(rows, "Khánh thành cầu Châu Đốc").get("coefficient")).isEqualByComparingTo("1.5");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shares = (List<Map<String, Object>>) row(rows, "Khánh thành cầu Châu Đốc").get("shares");
        assertThat(shares).extracting(s -> s.get("payeeKind")).containsOnly("collaborator");
        shares.get(0).put("percent", 60);
        shares.get(1).put("percent", 40);
        score(pi, rows);

        assertThat(pi).isWaitingAt("approveStatement");
        RoyaltyStatement scored = statement(pi);
        // 1,5 × 253.000 = 379.500, split 60/40; 3 × 253.000 = 759.000
        assertThat(scored.works().get(0).shares()).extracting(RoyaltyShare::amount).containsExactly(227_700L, 151_800L);
        assertThat(scored.total()).isEqualTo(1_138_500L)
                .isEqualTo(scored.works().stream().mapToLong(RoyaltyWork::paid).sum());
        assertThat(runtime.getVariable(pi.getId(), "statementTotal"))
                .isEqualTo("1.138.500 đồng (Một triệu một trăm ba mươi tám nghìn năm trăm đồng)");

        decide(pi, "truongban", "approve", null);

        assertThat(pi).hasPassed("issueStatement").isWaitingAt("recordPayment");
        RoyaltyStatement approved = statement(pi);
        assertThat(approved.status()).isEqualTo(StatementStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("truongban");
        assertThat(approved.paperSymbol()).contains("/BK-");
        IssuedPaper paper = papers.list("royalty-payout", "2026-11").get(0);
        assertThat(paper.signedBy()).isEqualTo("Nguyễn Văn Hùng");
        String docx = docxText(papers.file(paper.id(), PaperFormat.DOCX).orElseThrow());
        assertThat(docx).contains("BẢNG KÊ", "tháng 11/2026", "Khánh thành cầu Châu Đốc", "Hồ Ngọc Lan (Cộng tác viên)",
                "227.700", "1.138.500", "Một triệu một trăm ba mươi tám nghìn năm trăm đồng",
                "Nghị định 161/2026/NĐ-CP", "chưa được quản trị viên xác nhận", "Khung tạm");
        assertThat(docx).doesNotContain("Thông báo lịch tiếp công dân", "Tin tháng trước");
        // the same paper as PDF (what …/statement.pdf serves), with the embedded font's diacritics
        PdfReader pdf = new PdfReader(papers.file(paper.id(), PaperFormat.PDF).orElseThrow());
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(pdf);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            assertThat(text.toString().replaceAll("[\\s\\u00a0]+", " ")).contains("BẢNG KÊ", "Khánh thành cầu Châu Đốc",
                    "Hồ Ngọc Lan", "1.138.500",
                    "Một triệu một trăm ba mươi tám nghìn năm trăm đồng");
        } finally {
            pdf.close();
        }

        // the accountant's workbook: one row per share, amounts as numbers, the total and the words
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        StatementWorkbook.write(approved, service.rules(), service.payeeTotals(approved), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("THÁNG 11/2026", paper.symbol());
            assertThat(sheet.getRow(4).getCell(9).getStringCellValue()).isEqualTo("Số tiền (đồng)");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Khánh thành cầu Châu Đốc");
            assertThat(sheet.getRow(5).getCell(9).getNumericCellValue()).isEqualTo(227_700d);
            assertThat(sheet.getRow(6).getCell(9).getNumericCellValue()).isEqualTo(151_800d);
            assertThat(sheet.getRow(7).getCell(9).getNumericCellValue()).isEqualTo(759_000d);
            assertThat(sheet.getRow(8).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(8).getCell(9).getNumericCellValue()).isEqualTo(1_138_500d);
            assertThat(sheet.getRow(9).getCell(0).getStringCellValue())
                    .isEqualTo("Bằng chữ: Một triệu một trăm ba mươi tám nghìn năm trăm đồng.");
            var payees = book.getSheet("Tổng hợp người nhận");
            assertThat(payees.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Hồ Ngọc Lan");
            assertThat(payees.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(227_700d);
            assertThat(payees.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(1_138_500d);
            assertThat(payees.getRow(6).getCell(3).getNumericCellValue()).isZero();
        }

        // the IT center pays (Đ11.7): the task lists each payee with the statement's amounts, due on the 60th day
        Task pay = driver.openTask(pi, "recordPayment", "it-center");
        assertThat(pay.getDueDate()).isEqualTo(java.util.Date.from(at(2027, 1, 2, 8).toInstant()));
        assertThat(runtime.getVariable(pi.getId(), "paymentListUrl"))
                .isEqualTo("/api/royalties/2026-11/payment-list.xlsx?statement=" + approved.id());
        List<Map<String, Object>> payments = paymentsShown(pi);
        assertThat(payments).extracting(p -> p.get("payeeName"))
                .containsExactly("Hồ Ngọc Lan", "Dương Văn Minh", "Mai Thị Hoa");
        // bad input: a negative amount, a payee left out, no reference: refused, nothing recorded
        payments.get(0).put("net", -1);
        payments.get(0).put("method", "bank-transfer");
        payments.get(0).put("reference", "UNC 15/12");
        assertThatThrownBy(() -> pay(pi, "2026-12-15", payments.subList(0, 2)))
                .isInstanceOf(InputRefused.class).hasMessageContaining("không được âm")
                .hasMessageContaining("hình thức chi trả").hasMessageContaining("Chưa ghi thanh toán cho «Mai Thị Hoa»");
        assertThat(service.regularOf(YearMonth.of(2026, 11)).orElseThrow().status()).isEqualTo(StatementStatus.APPROVED);
        assertThat(payments().paymentsOf(approved.id())).isEmpty();
        assertThat(pi).isWaitingAt("recordPayment");
        payments.get(0).put("net", 227_700);
        payments.get(1).put("method", "cash");
        payments.get(1).put("reference", "PC 08");
        payments.get(2).put("method", "bank-transfer");
        payments.get(2).put("reference", "UNC 16/12");
        today(LocalDate.of(2026, 12, 15));
        assertThatThrownBy(() -> pay(pi, "2027-01-20", payments)).isInstanceOf(InputRefused.class)
                .hasMessageContaining("chưa đến");
        assertThatThrownBy(() -> pay(pi, "2026-11-28", payments)).isInstanceOf(InputRefused.class)
                .hasMessageContaining("trước ngày lập bảng kê (01/12/2026)");
        pay(pi, "2026-12-15", payments);

        assertThat(pi).isEnded().hasPassed("statementPaid").hasNotPassed("paymentEscalated");
        List<RoyaltyPayment> paid = payments().paymentsOf(approved.id());
        assertThat(paid).extracting(RoyaltyPayment::payeeName, RoyaltyPayment::gross, RoyaltyPayment::taxWithheld,
                RoyaltyPayment::net, RoyaltyPayment::method, RoyaltyPayment::reference).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hồ Ngọc Lan", 227_700L, 0L, 227_700L,
                                PaymentMethod.BANK_TRANSFER, "UNC 15/12"),
                        org.assertj.core.groups.Tuple.tuple("Dương Văn Minh", 151_800L, 0L, 151_800L,
                                PaymentMethod.CASH, "PC 08"),
                        org.assertj.core.groups.Tuple.tuple("Mai Thị Hoa", 759_000L, 0L, 759_000L,
                                PaymentMethod.BANK_TRANSFER, "UNC 16/12"));
        assertThat(paid).allSatisfy(p -> assertThat(p.paidOn()).isEqualTo(LocalDate.of(2026, 12, 15)));
        // recorded once: a second record is refused
        assertThatThrownBy(() -> payments().record(approved.id(), "2026-12-15", List.of(), IT_CENTER))
                .isInstanceOf(InputRefused.class).hasMessageContaining("đã được ghi nhận thanh toán");

        // the same month again: refused, nothing started
        long instances = history.createHistoricProcessInstanceQuery().processDefinitionKey("royalty-payout").count();
        assertThatThrownBy(() -> driver.startByHand("ttth.an", "2026-11")).isInstanceOf(InputRefused.class)
                .hasMessageContaining("đã được phê duyệt").hasMessageContaining("bảng kê bổ sung");
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("royalty-payout").count())
                .isEqualTo(instances);

        // a work of November recorded late goes on a supplementary statement, scored, approved and paid the same way;
        // the approved statement of November is unchanged
        driver.published("Lễ hội Bà Chúa Xứ", "news", "economy", "member-economy", "collaborators",
                at(2026, 11, 20, 10), "Hồ Ngọc Lan");
        ProcessInstance extra = driver.startByHand("ttth.an", "2026-11", "supplementary");
        RoyaltyStatement supplementary = statement(extra);
        assertThat(supplementary.kind()).isEqualTo(StatementKind.SUPPLEMENTARY);
        assertThat(supplementary.works()).extracting(RoyaltyWork::title).containsExactly("Lễ hội Bà Chúa Xứ");
        assertThat(runtime.getVariable(extra.getId(), "monthLabel")).isEqualTo("11/2026 (bổ sung)");
        assertThatThrownBy(() -> driver.startByHand("ttth.an", "2026-11", "supplementary"))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Đang có bảng kê bổ sung");
        propose(extra, "member-economy", "tv.kinhte", "2");
        score(extra, scoresShown(extra));
        decide(extra, "truongban", "approve", null);
        assertThat(extra).isWaitingAt("recordPayment");
        List<Map<String, Object>> extraPayments = paymentsShown(extra);
        extraPayments.get(0).put("method", "cash");
        extraPayments.get(0).put("reference", "PC 12");
        pay(extra, "2026-12-15", extraPayments);
        assertThat(extra).isEnded().hasPassed("statementPaid");
        assertThat(payments().paymentsOf(supplementary.id())).extracting(RoyaltyPayment::gross).containsExactly(506_000L);
        assertThat(service.regularOf(YearMonth.of(2026, 11)).orElseThrow().total()).isEqualTo(1_138_500L);
        assertThat(payments().settlement(2026)).filteredOn(l -> l.period().equals(YearMonth.of(2026, 11)))
                .extracting(SettlementLine::payeeName)
                .containsExactly("Hồ Ngọc Lan", "Dương Văn Minh", "Mai Thị Hoa", "Hồ Ngọc Lan");
    }

    @Test
    void byHandForAChosenMonthOwnDutyWorkStaysAtZeroTheHeadReturnsAndADelegateApproves() {
        today(LocalDate.of(2026, 12, 10));
        driver.published("Hội nghị Ban Biên tập", "news", "economy", "member-economy", "board-members",
                at(2026, 6, 10, 9), "Võ Thị Lan");
        driver.published("Gương người tốt", "article", "economy", "member-economy", "collaborators",
                at(2026, 6, 12, 9), "Hồ Ngọc Lan", "Dương Văn Minh", "Mai Thị Hoa");

        assertThatThrownBy(() -> driver.startByHand("ttth.an", "2026-12")).isInstanceOf(InputRefused.class)
                .hasMessageContaining("chưa kết thúc");
        assertThatThrownBy(() -> driver.startByHand("ttth.an", "09/2026")).isInstanceOf(InputRefused.class)
                .hasMessageContaining("năm-tháng");
        ProcessInstance pi = driver.startByHand("ttth.an", "2026-06");
        assertThatThrownBy(() -> driver.startByHand("ttth.an", "2026-06")).isInstanceOf(InputRefused.class)
                .hasMessageContaining("đang được lập");
        assertThatThrownBy(() -> driver.startByHand("ttth.an", "2026-06", "supplementary"))
                .isInstanceOf(InputRefused.class).hasMessageContaining("chưa có bảng kê được phê duyệt");

        // another field's member may not take the task
        assertThatThrownBy(() -> propose(pi, "member-economy", "tv.chinhtri", "1"))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        // a coefficient outside the frame: refused with the frame, the task stays open
        assertThatThrownBy(() -> propose(pi, "member-economy", "tv.kinhte", "7"))
                .isInstanceOf(InputRefused.class).hasMessageContaining("nằm ngoài khung 0,5 – 2");
        assertThat(pi).isWaitingAt("proposeCoefficients");
        propose(pi, "member-economy", "tv.kinhte", "2");
        assertThat(pi).isWaitingAt("scoreStatement");

        List<Map<String, Object>> rows = scoresShown(pi);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> own = (List<Map<String, Object>>) row(rows, "Hội nghị Ban Biên tập").get("shares");
        assertThat(own.get(0).get("payeeKind")).isEqualTo("board-member");
        row(rows, "Gương người tốt").put("coefficient", new BigDecimal("4"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> three = (List<Map<String, Object>>) row(rows, "Gương người tốt").get("shares");
        three.get(0).put("percent", 50);
        // shares not summing to 100: refused, nothing changes
        assertThatThrownBy(() -> score(pi, rows)).isInstanceOf(InputRefused.class)
                .hasMessageContaining("cộng lại là 116 %");
        assertThat(statement(pi).status()).isEqualTo(StatementStatus.DRAFTED);
        three.get(0).put("percent", 34);
        score(pi, rows);

        RoyaltyStatement scored = statement(pi);
        RoyaltyWork meeting = scored.works().get(0);
        assertThat(meeting.amount()).isEqualTo(468_000L);           // 2 × 234.000: June 2026, the base salary of NĐ 73/2024
        assertThat(meeting.shares().get(0).amount()).isZero();
        assertThat(meeting.shares().get(0).note()).contains("Đ17.2");
        RoyaltyWork story = scored.works().get(1);
        assertThat(story.amount()).isEqualTo(936_000L);
        assertThat(story.shares()).extracting(RoyaltyShare::amount).containsExactly(318_240L, 308_880L, 308_880L);
        assertThat(scored.total()).isEqualTo(936_000L);

        // the head returns it: the comment is required, then the IT center scores again
        assertThatThrownBy(() -> decide(pi, "truongban", "return", " ")).isInstanceOf(InputRefused.class)
                .hasMessageContaining("ghi ý kiến");
        decide(pi, "truongban", "return", "Bài hội nghị là việc ngoài nhiệm vụ của thành viên, đề nghị chấm lại.");
        assertThat(pi).isWaitingAt("scoreStatement");
        assertThat(runtime.getVariable(pi.getId(), "returnComment")).asString().contains("chấm lại");
        List<Map<String, Object>> again = scoresShown(pi);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ownAgain = (List<Map<String, Object>>) row(again, "Hội nghị Ban Biên tập").get("shares");
        ownAgain.get(0).put("outsideDuty", true);
        score(pi, again);
        assertThat(statement(pi).total()).isEqualTo(1_404_000L);

        // a deputy without a delegation is refused; with one, approves for the head and signs "KT."
        assertThatThrownBy(() -> decide(pi, "phoban.tttt", "approve", null)).isInstanceOf(Exception.class);
        LocalDate day = delegations.today();
        delegations.record(HEAD, new DelegationRequest(null, "phoban.tttt", Set.of(DelegationScope.APPROVE_ROYALTIES),
                day, day.plusDays(7), "Giấy ủy quyền số 07/GUQ-BBT"));
        driver.fire(pi, "paymentDueSoonWhileApproving");
        assertThat(pi).isWaitingAt("approveStatement");
        decide(pi, "phoban.tttt", "approve", null);

        assertThat(pi).isWaitingAt("recordPayment");
        RoyaltyStatement approved = statement(pi);
        assertThat(approved.approvedBy()).isEqualTo("phoban.tttt");
        assertThat(approved.approvedFor()).isEqualTo("truongban");
        IssuedPaper paper = papers.list("royalty-payout", "2026-06").get(0);
        assertThat(paper.signedBy()).isEqualTo("Trần Thị Mai");
        assertThat(paper.signedFor()).isNotNull();
        assertThat(approved.works().get(0).shares().get(0).payeeKind()).isEqualTo(PayeeKind.BOARD_MEMBER);

        // unpaid as the 60th day nears (works of June: 9 August): reminded, then escalated to the head, who may
        // take the task; the task stays open with the IT center
        assertThat(runtime.getVariable(pi.getId(), "paymentDue")).isEqualTo("09/08/2026");
        jdbc.sql("DELETE FROM notification_outbox").update();
        driver.fire(pi, "paymentDueSoonWhilePaying");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE reference = 'royalty:2026-06'")
                .query(Long.class).single()).isPositive();
        driver.fire(pi, "paymentOverdueSoon");
        assertThat(pi).hasPassed("paymentDueWarned", "paymentEscalated").isWaitingAt("recordPayment");
        Task pay = driver.openTask(pi, "recordPayment", "it-center");
        assertThat(pay.getPriority()).isGreaterThanOrEqualTo(80);
        assertThat(tasks.getIdentityLinksForTask(pay.getId())).extracting(l -> l.getGroupId())
                .contains("it-center", "board-head");
        assertThat(jdbc.sql("SELECT subject FROM notification_outbox WHERE reference = 'royalty-payment:2026-06'")
                .query(String.class).list()).isNotEmpty();

        // Võ Thị Lan (now paid for work outside her duties) and the three authors of the story; 936.000 to the
        // story's authors stays under the tax threshold
        List<Map<String, Object>> payments = paymentsShown(pi);
        payments.forEach(p -> {
            p.put("method", "bank-transfer");
            p.put("reference", "UNC 01/08");
        });
        pay(pi, "2026-12-10", payments);
        assertThat(pi).isEnded().hasPassed("statementPaid");
        assertThat(payments().paymentsOf(approved.id())).extracting(RoyaltyPayment::payeeName)
                .containsExactly("Võ Thị Lan", "Hồ Ngọc Lan", "Dương Văn Minh", "Mai Thị Hoa");
    }

    @Test
    void aStatementNotApprovedCannotBePaidAndNamesakesArePaidByTheirRegisterId() {
        today(LocalDate.of(2026, 12, 10));
        driver.published("Mùa nước nổi", "news", "economy", "member-economy", "collaborators",
                at(2026, 9, 10, 9), "Hồ Ngọc Lan");
        ProcessInstance pi = driver.startByHand("ttth.an", "2026-09");
        propose(pi, "member-economy", "tv.kinhte", "2");
        Payee other = payments().register(new PayeeInput("Hồ Văn Lan", "collaborator", null, null), IT_CENTER);
        Payee lan = payments().register(new PayeeInput("Hồ Ngọc Lan", "collaborator", null, null), IT_CENTER);
        payments().register(new PayeeInput("Hồ Ngọc Lan", "agency-author", null, null), IT_CENTER);
        List<Map<String, Object>> rows = scoresShown(pi);
        @SuppressWarnings("unchecked")
        Map<String, Object> share = ((List<Map<String, Object>>) rows.get(0).get("shares")).get(0);
        share.put("payeeId", other.id());
        assertThatThrownBy(() -> score(pi, rows)).isInstanceOf(InputRefused.class)
                .hasMessageContaining("là «Hồ Văn Lan», không phải «Hồ Ngọc Lan»");
        share.put("payeeId", lan.id());
        score(pi, rows);
        RoyaltyStatement scored = statement(pi);
        assertThat(scored.works().get(0).shares().get(0).payeeId()).isEqualTo(lan.id());

        assertThatThrownBy(() -> payments().record(scored.id(), "2026-12-10", List.of(new PaymentInput("Hồ Ngọc Lan",
                null, null, null, "cash", "PC 1")), IT_CENTER)).isInstanceOf(InputRefused.class)
                .hasMessageContaining("chưa được phê duyệt");
        assertThat(payments().paymentsOf(scored.id())).isEmpty();
        assertThat(payments().paid(scored.id())).isFalse();
        decide(pi, "truongban", "approve", null);
        List<Map<String, Object>> due = paymentsShown(pi);
        assertThat(due).extracting(p -> p.get("payeeId")).containsExactly(lan.id());
        due.get(0).put("method", "cash");
        due.get(0).put("reference", "PC 3");
        pay(pi, "2026-12-10", due);
        assertThat(payments().paymentsOf(scored.id())).extracting(RoyaltyPayment::payeeId).containsExactly(lan.id());
    }

    @Test
    void anEmptyMonthGoesStraightToScoringAndApprovesAtZero() {
        today(LocalDate.of(2026, 12, 10));
        ProcessInstance pi = driver.startByHand("ttth.an", "2025-03");

        assertThat(pi).isWaitingAt("scoreStatement");
        score(pi, List.of());
        decide(pi, "truongban", "approve", null);

        assertThat(pi).isEnded();
        assertThat(statement(pi).total()).isZero();
        // nothing to add and nothing approved to correct: no supplementary statement
        assertThatThrownBy(() -> driver.startByHand("ttth.an", "2025-03", "supplementary"))
                .isInstanceOf(InputRefused.class).hasMessageContaining("không có gì để lập bảng kê bổ sung");
    }

    /** The rows of a statement's works and shares as stored. */
    List<Map<String, Object>> storedRows(long statementId) {
        return jdbc.sql("""
                SELECT w.id, w.work_kind, w.coefficient, w.amount, w.corrects_work_id, sh.position, sh.payee_name,
                       sh.share_percent, sh.amount AS share_amount
                  FROM royalty_work w JOIN royalty_share sh ON sh.work_id = w.id
                 WHERE w.statement_id = :s ORDER BY w.id, sh.position""").param("s", statementId).query().listOfRows();
    }

    long correctionLines() {
        return jdbc.sql("SELECT COUNT(*) FROM royalty_work WHERE corrects_work_id IS NOT NULL").query(Long.class)
                .single();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> shares(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("shares");
    }

    @Test
    void aSupplementaryStatementCorrectsApprovedWorksByTheDifferenceTaxedOnTheMonthsTotal() {
        today(LocalDate.of(2026, 12, 10));
        for (String[] w : new String[][] {{"Đê bao Tri Tôn", "Phan Văn Chín"}, {"Kênh Vĩnh Tế", "Phan Văn Chín"},
                {"Lúa mùa nước nổi", "Trần Văn Bảy", "Lê Thị Tám"}, {"Cá linh đầu mùa", "Trần Văn Bảy"}}) {
            driver.published(w[0], "article", "economy", "member-economy", "collaborators", at(2026, 8, 12, 9),
                    java.util.Arrays.copyOfRange(w, 1, w.length));
        }
        ProcessInstance pi = driver.startByHand("ttth.an", "2026-08");
        propose(pi, "member-economy", "tv.kinhte", "4");
        List<Map<String, Object>> rows = scoresShown(pi);
        row(rows, "Lúa mùa nước nổi").put("coefficient", new BigDecimal("5"));
        shares(row(rows, "Lúa mùa nước nổi")).get(0).put("percent", 60);
        shares(row(rows, "Lúa mùa nước nổi")).get(1).put("percent", 40);
        row(rows, "Cá linh đầu mùa").put("coefficient", new BigDecimal("5"));
        score(pi, rows);
        decide(pi, "truongban", "approve", null);
        RoyaltyStatement regular = statement(pi);
        // Chín 2 × 1.012.000 = 2.024.000 (tax 202.400); Bảy 759.000 + 1.265.000 = 2.024.000 (tax 202.400); Tám 506.000
        assertThat(service.payeeTotals(regular)).extracting(PayeeTotals::name, PayeeTotals::gross, PayeeTotals::tax)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phan Văn Chín", 2_024_000L, 202_400L),
                        org.assertj.core.groups.Tuple.tuple("Trần Văn Bảy", 2_024_000L, 202_400L),
                        org.assertj.core.groups.Tuple.tuple("Lê Thị Tám", 506_000L, 0L));
        List<Map<String, Object>> approvedRows = storedRows(regular.id());

        // nothing is missing from August, but its approved works can be corrected: straight to scoring
        ProcessInstance extra = driver.startByHand("ttth.an", "2026-08", "supplementary");
        assertThat(extra).isWaitingAt("scoreStatement");
        List<Map<String, Object>> shown = scoresShown(extra);
        assertThat(shown).extracting(r -> r.get("title")).containsExactly("Đê bao Tri Tôn", "Kênh Vĩnh Tế",
                "Lúa mùa nước nổi", "Cá linh đầu mùa");
        assertThat(shown).allSatisfy(r -> assertThat(r.get("workId")).isNull())
                .extracting(r -> r.get("note")).containsOnly("Đã duyệt — chỉ sửa khi có sai sót");
        assertThat(shown).extracting(r -> ((Number) r.get("correctsWorkId")).longValue())
                .containsExactlyElementsOf(regular.works().stream().map(RoyaltyWork::id).toList());

        // refused, nothing written: a coefficient outside the frame, shares not 100 %, a work not approved this month
        row(shown, "Đê bao Tri Tôn").put("coefficient", new BigDecimal("6"));
        assertThatThrownBy(() -> score(extra, shown)).isInstanceOf(InputRefused.class)
                .hasMessageContaining("ngoài khung");
        row(shown, "Đê bao Tri Tôn").put("coefficient", new BigDecimal("5"));
        shares(row(shown, "Lúa mùa nước nổi")).get(0).put("percent", 20);
        shares(row(shown, "Lúa mùa nước nổi")).get(1).put("percent", 70);
        assertThatThrownBy(() -> score(extra, shown)).isInstanceOf(InputRefused.class)
                .hasMessageContaining("là 90 %, phải đúng 100 %");
        shares(row(shown, "Lúa mùa nước nổi")).get(1).put("percent", 80);
        Map<String, Object> stranger = new HashMap<>(row(shown, "Kênh Vĩnh Tế"));
        stranger.put("correctsWorkId", 987_654L);
        List<Map<String, Object>> withStranger = new ArrayList<>(shown);
        withStranger.add(stranger);
        assertThatThrownBy(() -> score(extra, withStranger)).isInstanceOf(InputRefused.class)
                .hasMessageContaining("Dòng 987654 không phải tác phẩm của bảng kê đã phê duyệt tháng 08/2026");
        assertThat(correctionLines()).isZero();
        assertThat(extra).isWaitingAt("scoreStatement");

        // a coefficient corrected upward (4 → 5) and a payee corrected downward (Bảy 60 % → 20 %, Tám 40 % → 80 %);
        // the two works left as they were are not on the supplementary statement
        score(extra, shown);
        RoyaltyStatement supplementary = statement(extra);
        assertThat(supplementary.works()).extracting(RoyaltyWork::title, RoyaltyWork::correctsWorkId,
                RoyaltyWork::coefficient, RoyaltyWork::amount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Đê bao Tri Tôn", regular.works().get(0).id(),
                                new BigDecimal("5.00"), 253_000L),
                        org.assertj.core.groups.Tuple.tuple("Lúa mùa nước nổi", regular.works().get(2).id(),
                                new BigDecimal("5.00"), 0L));
        assertThat(supplementary.works().get(0).shares()).extracting(RoyaltyShare::amount).containsExactly(253_000L);
        assertThat(supplementary.works().get(1).shares()).extracting(RoyaltyShare::name, RoyaltyShare::percent,
                RoyaltyShare::amount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Trần Văn Bảy", 20, -506_000L),
                        org.assertj.core.groups.Tuple.tuple("Lê Thị Tám", 80, 506_000L));
        assertThat(supplementary.total()).isEqualTo(253_000L);
        assertThat(runtime.getVariable(extra.getId(), "statementTotal"))
                .isEqualTo("253.000 đồng (Hai trăm năm mươi ba nghìn đồng)");
        // scoring again (as after a return) offers the correction as it stands
        assertThat(service.scoresFor(supplementary.id())).filteredOn(r -> "Đê bao Tri Tôn".equals(r.title()))
                .extracting(WorkScore::coefficient, WorkScore::note).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        new BigDecimal("5.00"), "Đã duyệt — đang điều chỉnh trong bảng kê bổ sung này"));

        decide(extra, "truongban", "approve", null);
        assertThat(extra).hasPassed("issueStatement").isWaitingAt("recordPayment");
        assertThat(papers.list("royalty-payout", "2026-08")).anySatisfy(p -> assertThat(docxText(papers.file(p.id(),
                PaperFormat.DOCX).orElseThrow())).contains("Điều chỉnh dòng " + regular.works().get(0).id()
                        + " đã duyệt: Đê bao Tri Tôn", "-506.000"));
        // tax on the month's total per payee: Chín 2.277.000 → 227.700, so 25.300 more; Bảy falls to 1.518.000,
        // below the threshold: 506.000 recovered and the 202.400 withheld given back; net = gross − tax
        List<Map<String, Object>> due = paymentsShown(extra);
        assertThat(due).extracting(p -> p.get("payeeName"), p -> ((Number) p.get("gross")).longValue(),
                p -> ((Number) p.get("tax")).longValue(), p -> ((Number) p.get("net")).longValue()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Phan Văn Chín", 253_000L, 25_300L, 227_700L),
                        org.assertj.core.groups.Tuple.tuple("Trần Văn Bảy", -506_000L, -202_400L, -303_600L),
                        org.assertj.core.groups.Tuple.tuple("Lê Thị Tám", 506_000L, 0L, 506_000L));
        for (Map<String, Object> p : due) {
            p.put("method", "bank-transfer");
            p.put("reference", "UNC BS-08");
        }
        pay(extra, "2026-12-10", due);
        assertThat(extra).isEnded().hasPassed("statementPaid");
        assertThat(payments().paymentsOf(supplementary.id())).extracting(RoyaltyPayment::net)
                .containsExactly(227_700L, -303_600L, 506_000L);

        // the approved statement's rows are untouched, and so is what it paid
        assertThat(storedRows(regular.id())).isEqualTo(approvedRows);
        assertThat(service.get(regular.id()).total()).isEqualTo(regular.total());
        assertThat(service.payeeTotals(service.get(regular.id()))).extracting(PayeeTotals::tax)
                .containsExactly(202_400L, 202_400L, 0L);
    }
}
