package vn.angiang.editorial.royalty.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.royalty.RoyaltyService;
import vn.angiang.editorial.royalty.process.RoyaltyClockConfiguration.SettableClock;

/**
 * royalty-monthly: the timer fires at 07:00 on days 1–7; only the month's first working day (working-day
 * calendar, holidays included) starts the payout of the previous month, and only once.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:royalty-monthly;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@Import(RoyaltyMonthlyTestConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RoyaltyMonthlyTimerTest {

    @Autowired ProcessEngine engine;
    @Autowired IdentityService identity;
    @Autowired FormService forms;
    @Autowired TaskService tasks;
    @Autowired RepositoryService repository;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;
    @Autowired RoyaltyService service;

    RoyaltyProcessDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new RoyaltyProcessDriver(identity, forms, tasks, repository, management, runtime, jdbc);
    }

    @AfterEach
    void tearDown() {
        clock.set(java.time.Instant.now());
    }

    void today(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(7, 0)).atZone(BoardTime.ZONE).toInstant());
    }

    long nothingToDraft() {
        return history.createHistoricActivityInstanceQuery().activityId("nothingToDraft").count();
    }

    @Test
    void theFirstWorkingDayStartsThePayoutOfThePreviousMonthOnce() {
        driver.published("Khánh thành cầu Châu Đốc", "news", "economy", "member-economy", "collaborators",
                RoyaltyPayoutProcessTest.at(2026, 11, 3, 9), "Hồ Ngọc Lan");
        today(LocalDate.of(2026, 12, 1));     // Tuesday
        long started = history.createHistoricActivityInstanceQuery().activityId("payoutStarted").count();

        ProcessInstance payout = driver.fireMonthlyTimer();

        assertThat(payout).isNotNull().isWaitingAt("proposeCoefficients");
        assertThat(history.createHistoricActivityInstanceQuery().activityId("payoutStarted").count())
                .isEqualTo(started + 1);
        assertThat(service.regularOf(YearMonth.of(2026, 11))).isPresent();
        assertThat(runtime.getVariable(payout.getId(), "monthLabel")).isEqualTo("11/2026");

        long before = nothingToDraft();
        assertThat(driver.fireMonthlyTimer()).as("drafted already: nothing more").isNull();
        assertThat(nothingToDraft()).isEqualTo(before + 1);
    }

    @Test
    void anyOtherDayDoesNothing() {
        today(LocalDate.of(2026, 10, 2));     // Friday, after Thursday the 1st
        long before = nothingToDraft();

        assertThat(driver.fireMonthlyTimer()).isNull();

        assertThat(nothingToDraft()).isEqualTo(before + 1);
        assertThat(service.regularOf(YearMonth.of(2026, 9))).isEmpty();
    }

    @Test
    void afterNewYearsDayTheFirstWorkingDayIsTheMonday() {
        today(LocalDate.of(2027, 1, 1));      // New Year's Day, a holiday
        assertThat(driver.fireMonthlyTimer()).isNull();
        today(LocalDate.of(2027, 1, 4));      // Monday

        ProcessInstance payout = driver.fireMonthlyTimer();

        assertThat(payout).isNotNull();
        assertThat(service.regularOf(YearMonth.of(2026, 12))).isPresent();
    }
}
