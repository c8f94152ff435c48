package vn.angiang.editorial.report.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.angiang.editorial.report.ReportRecords.at;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestExecutionListeners;

import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.report.ReportDocuments;
import vn.angiang.editorial.report.ReportRecords;
import vn.angiang.editorial.royalty.process.RoyaltyClockConfiguration.SettableClock;

/**
 * report-monthly: the daily timer drafts last month's report on the month's first working day only, and on the
 * reminder day reminds the agencies below their information duty by mail and with a task, closed by the agency's
 * answer or at the month's end.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:report-timer;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ReportMonthlyTestConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ReportMonthlyTimerTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;
    @Autowired ReportStep step;
    @Autowired ReportDocuments documents;

    ReportProcessDriver driver;
    ReportRecords records;

    @BeforeEach
    void setUp() {
        driver = new ReportProcessDriver(engine, clock);
        records = new ReportRecords(jdbc);
        // the coverage recorder looks the process definition up inside the agency user's own command
        if (engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("agency-health")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(ReportProcessDriver.TIMERS).count() == 0) {
            Authorization read = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId("agency-health");
            read.setResource(Resources.PROCESS_DEFINITION);
            read.setResourceId(ReportProcessDriver.TIMERS);
            read.addPermission(Permissions.READ);
            engine.getAuthorizationService().saveAuthorization(read);
        }
    }

    @AfterEach
    void tearDown() {
        driver.reset();
    }

    HistoricProcessInstance lastRun() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ReportProcessDriver.TIMERS)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0);
    }

    List<String> mailsTo(String address, String subjectPart) {
        return jdbc.sql("SELECT subject FROM notification_outbox WHERE recipient = :r AND subject LIKE :s")
                .param("r", address).param("s", "%" + subjectPart + "%").query(String.class).list();
    }

    @Test
    void onTheFirstWorkingDayLastMonthIsDraftedAndOnOtherDaysNothingHappens() {
        driver.today(LocalDate.of(2026, 11, 10));
        assertThat(driver.fire("dailyTimer")).isNull();
        assertThat(lastRun().getEndActivityId()).isEqualTo("noReminder");

        driver.today(LocalDate.of(2026, 12, 1));                     // Tuesday, the first working day of December
        ProcessInstance report = driver.fire("dailyTimer");
        assertThat(report).isNotNull().hasBusinessKey("report-2026-11").isWaitingAt("writeNarrative");
        assertThat(lastRun().getEndActivityId()).isEqualTo("noReminder");
    }

    @Test
    void agenciesBelowTheirDutyAreRemindedOnceAndAnswerOrAreClosedAtTheMonthsEnd() throws Exception {
        // November 2026: the reminder day is the 3rd working day before 1 December: Thursday 26/11
        LocalDate reminderDay = step.reminderDay(YearMonth.of(2026, 11), 3);
        assertThat(reminderDay).isEqualTo(LocalDate.of(2026, 11, 26));
        records.submitted("economy", "agency-health", at(2026, 11, 3, 8));     // Sở Y tế: 1 of 4
        for (int i = 0; i < 8; i++) {
            records.submitted("legal", "agency-provincial-office", at(2026, 11, 4, 8));   // Văn phòng: 8 of 8
        }
        // forwarded to Sở Y tế, due 10/11, not answered: reminded by mail on the same day
        records.feedback(at(2026, 11, 2, 9), "FORWARDED", "agency", "agency-health", at(2026, 11, 2, 10),
                at(2026, 11, 10, 17), null);
        driver.today(reminderDay);
        driver.fire("dailyTimer");
        assertThat(mailsTo("vanthu@syt.angiang.local", "Đôn đốc trả lời phản ánh, kiến nghị quá hạn")).hasSize(1);

        ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReportProcessDriver.TIMERS).singleResult();
        List<Task> tasks = driver.tasks(run, "provideInformation");
        assertThat(tasks).extracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .contains("agency-health", "agency-finance").doesNotContain("agency-provincial-office");
        assertThat(mailsTo("vanthu@syt.angiang.local", "Đôn đốc cung cấp thông tin cho Cổng tháng 11/2026")).hasSize(1);
        assertThat(mailsTo("vanthu@vpubnd.angiang.local", "Đôn đốc")).isEmpty();
        Task health = tasks.stream().filter(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
                .anyMatch(l -> "agency-health".equals(l.getGroupId()))).findFirst().orElseThrow();
        assertThat(engine.getTaskService().getVariableLocal(health.getId(), "dutyMessage"))
                .isEqualTo("Định mức tháng 2026-11: 4 tin, bài; đã cung cấp: 1.");

        // the answer is required; then every agency answers
        assertThatThrownBy(() -> driver.work(health, "syt.vanthu", Map.of("dutyNote", " "))).isInstanceOf(InputRefused.class);
        driver.work(health, "syt.vanthu", Map.of("dutyNote", "Sở Y tế gửi 3 tin về tiêm chủng trước ngày 30/11."));
        for (Task other : driver.tasks(run, "provideInformation")) {
            engine.getFormService().submitTaskForm(other.getId(), Map.of("dutyNote", "Sẽ cung cấp."));
        }
        assertThat(run).isEnded();
        assertThat(lastRun().getEndActivityId()).isEqualTo("informationPromised");

        // the same day again: nobody is reminded twice
        driver.fire("dailyTimer");
        assertThat(lastRun().getEndActivityId()).isEqualTo("noReminder");
        assertThat(mailsTo("vanthu@syt.angiang.local", "Đôn đốc")).hasSize(2);

        // December: reminded again ("Nhắc lại"), nobody answers, the tasks close at the month's end
        driver.today(step.reminderDay(YearMonth.of(2026, 12), 3));
        driver.fire("dailyTimer");
        ProcessInstance december = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReportProcessDriver.TIMERS).singleResult();
        assertThat(mailsTo("vanthu@syt.angiang.local", "Nhắc lại: Đôn đốc cung cấp thông tin cho Cổng tháng 12/2026"))
                .hasSize(1);
        driver.fire(december, "monthEnded");
        assertThat(december).isEnded();
        assertThat(lastRun().getEndActivityId()).isEqualTo("followUpClosed");

        // reminded two months running: a notice (TB) for the head to sign names them; none for November alone
        assertThat(documents.followUpNotice(YearMonth.of(2026, 11), "docx")).isEmpty();
        byte[] notice = documents.followUpNotice(YearMonth.of(2026, 12), "docx").orElseThrow().content();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(notice));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("THÔNG BÁO", "Đôn đốc cung cấp thông tin cho Cổng thông tin điện tử tỉnh",
                    "Tháng 12/2026 và tháng trước đó", "Sở Y tế", "Sở Tài chính", "Sở Y tế;")
                    .doesNotContain("Văn phòng UBND tỉnh;");
        }
    }
}
