package vn.angiang.editorial.meeting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestExecutionListeners;

import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.support.ProcessCoverageGate;

/**
 * meeting-half-year (Đ15.2: a regular meeting every six months): its timer waits for 07:00 on 2 January or 2 July
 * and opens a convocation at the secretariat lead; a signed-in person cannot open one that way.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:meeting-half-year;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@Import(MeetingHalfYearProcessTest.Gate.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MeetingHalfYearProcessTest {

    @TestConfiguration(proxyBeanMethods = false)
    @Import(ProcessCoverageGate.class)
    static class Gate {
        @Bean
        @Primary
        ProcessEngineCoverageProperties meetingHalfYearCoverageGate() {
            return ProcessCoverageGate.forModel("meeting-half-year");
        }
    }

    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void theTimerOpensTheHalfYearsRegularMeetingAtTheSecretariatLead() {
        Job timer = management.createJobQuery().activityId("halfYearBegins").singleResult();
        assertThat(timer.getDuedate()).as("07:00 on 2 January or 2 July, in Vietnam")
                .satisfies(due -> assertThat(due.toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
                        .satisfies(at -> {
                            assertThat(at.getDayOfMonth()).isEqualTo(2);
                            assertThat(at.getMonthValue()).isIn(1, 7);
                            assertThat(at.getHour()).isEqualTo(7);
                        }));
        List<String> before = runtime.createProcessInstanceQuery().processDefinitionKey("meeting-convocation").list()
                .stream().map(ProcessInstance::getId).toList();
        management.executeJob(timer.getId());

        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("meeting-half-year").finished()
                .count()).isEqualTo(1);
        ProcessInstance convocation = runtime.createProcessInstanceQuery().processDefinitionKey("meeting-convocation")
                .list().stream().filter(p -> !before.contains(p.getId())).findFirst().orElseThrow();
        assertThat(runtime.getActiveActivityIds(convocation.getId())).containsExactly("draftAgenda");
        assertThat(management.createJobQuery().activityId("halfYearBegins").count()).as("the next half-year waits")
                .isEqualTo(1);
    }

    @Test
    void aSignedInPersonCannotOpenARegularMeetingByItsMessage() {
        identity.setAuthentication("truongban", List.of("board-head", "board-members"));
        assertThatThrownBy(() -> runtime.createMessageCorrelation(StartRegularMeeting.MESSAGE).correlateStartMessage())
                .isInstanceOf(InputRefused.class).hasMessageContaining("mở tự động");
    }
}
