package vn.angiang.editorial.content.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.angiang.editorial.content.process.ContentProcessDriver.content;
import static vn.angiang.editorial.content.process.ContentProcessDriver.decision;
import static vn.angiang.editorial.platform.process.DemoSteps.json;
import static vn.angiang.editorial.content.process.ContentProcessDriver.submission;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.Submission;
import vn.angiang.editorial.content.SubmissionStatus;
import vn.angiang.editorial.platform.publishing.PublishedItem;
import vn.angiang.editorial.platform.publishing.Publisher;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * Every path of content-correction (Đ10.4): at any time after the check, the field's member or the head
 * corrects a published item (a new version, through the head when the item needed the head, Đ7.1) or
 * takes it down; nobody else may, and not while another instance still handles the item.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:content-correction;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ContentCorrectionProcessTestConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ContentCorrectionProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired FormService forms;
    @Autowired RepositoryService repository;
    @Autowired ManagementService management;
    @Autowired ContentService service;
    @Autowired Publisher publisher;

    ContentProcessDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new ContentProcessDriver(identity, forms, tasks, repository, management);
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
    }

    /** An item published through content-approval and confirmed at its check: that instance has ended. */
    long publishedAndChecked(String type, String field, String member) {
        ProcessInstance pi = driver.start("ctv.lan", submission(type, field, "normal"));
        driver.work(pi, "vetSubmission", "ttth.an", decision("vetDecision", "forward"));
        driver.work(pi, "appraiseSubmission", member, decision("appraisalDecision", "approve"));
        if (driver.openTask(pi, "approveByHead") != null) {
            driver.work(pi, "approveByHead", "truongban", decision("headDecision", "approve"));
        }
        driver.work(pi, "checkPublishedItem", member, decision("checkDecision", "confirm"));
        assertThat(pi).isEnded();
        return service.find(Long.parseLong(pi.getBusinessKey().replace("content-", ""))).orElseThrow().id();
    }

    ProcessInstance request(String user, long item, String decision, String reason, String newTitle) {
        VariableMap variables = Variables.createVariables().putValue("correctedItem", item)
                .putValue("correctionDecision", decision).putValue("correctionComment", reason);
        if (newTitle != null) {
            variables.putValue("content", json(content(newTitle, "", "")));
        }
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("content-correction")
                .latestVersion().singleResult().getId();
        driver.as(user);
        try {
            return forms.submitStartForm(definition, variables);
        } finally {
            driver.asNobody();
        }
    }

    PublishedItem shown(long id) {
        return publisher.latest("content-" + id).orElseThrow();
    }

    @Test
    void theFieldsMemberCorrectsANewsItemLongAfterItsCheck() {
        long id = publishedAndChecked("news", "economy", "tv.kinhte");

        ProcessInstance pi = request("tv.kinhte", id, "correct", "Sai tên cầu", "Khánh thành cầu Cồn Tiên");

        assertThat(pi).isEnded().hasPassed("publishCorrection", "notifyRequesterCorrected");
        assertThat(shown(id)).extracting(PublishedItem::version, PublishedItem::title, PublishedItem::changeNote)
                .containsExactly(2, "Khánh thành cầu Cồn Tiên", "Sai tên cầu");
        Submission record = service.get(id);
        assertThat(record.summary()).as("what was left empty stays").isEqualTo("Cầu mới nối hai bờ sông Hậu, rút ngắn đường đi.");
        assertThat(record.processInstanceId()).as("the record now names the correction").isEqualTo(pi.getId());
    }

    @Test
    void theHeadApprovesTheCorrectionOfAnItemThatNeededTheHead() {
        long id = publishedAndChecked("article", "economy", "tv.kinhte");

        ProcessInstance pi = request("tv.kinhte", id, "correct", "Cập nhật số liệu", "An Giang thu hút 40 dự án");

        assertThat(pi).isWaitingAt("approveCorrectionByHead");
        assertThat(shown(id).version()).isEqualTo(1);
        driver.work(pi, "approveCorrectionByHead", "truongban", decision("correctionHeadDecision", "approve"));
        assertThat(pi).isEnded().hasPassed("publishCorrection");
        assertThat(shown(id).title()).isEqualTo("An Giang thu hút 40 dự án");
    }

    @Test
    void aCorrectionTheHeadRefusesLeavesTheItemAsItIs() {
        long id = publishedAndChecked("article", "economy", "tv.kinhte");

        ProcessInstance pi = request("tv.kinhte", id, "correct", "Đổi tiêu đề", "Tiêu đề không được duyệt");
        driver.work(pi, "approveCorrectionByHead", "truongban",
                decision("correctionHeadDecision", "reject", "correctionHeadComment", "Giữ tiêu đề cũ"));

        assertThat(pi).isEnded().hasPassed("keepPublishedContent", "correctionRefused");
        assertThat(shown(id).version()).isEqualTo(1);
        assertThat(service.get(id).title()).isEqualTo(shown(id).title());
    }

    @Test
    void theHeadTakesDownAnItemAtAnyTime() {
        long id = publishedAndChecked("announcement", "culture-society", "tv.vanhoa");

        ProcessInstance pi = request("truongban", id, "take-down", "Thông báo đã hết hiệu lực", null);

        assertThat(pi).isEnded().hasPassed("takeDownItem", "notifyRequesterTakenDown");
        assertThat(publisher.current("content-" + id)).isEmpty();
        assertThat(service.get(id).status()).isEqualTo(SubmissionStatus.TAKEN_DOWN);
        assertThat(shown(id).withdrawalReason()).isEqualTo("Thông báo đã hết hiệu lực");
    }

    @Test
    void onlyTheFieldsMemberOrTheHeadAndNotWhileTheItemIsStillBeingHandled() {
        long id = publishedAndChecked("news", "economy", "tv.kinhte");

        assertThatThrownBy(() -> request("tv.vanhoa", id, "take-down", "Không phải lĩnh vực của tôi", null))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("Đ10.4");
        assertThatThrownBy(() -> request("tv.kinhte", 999_999, "take-down", "Không có", null))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Không có tin bài đã đăng số 999999");

        ProcessInstance underCheck = driver.start("ctv.lan", submission("news", "economy", "normal"));
        driver.work(underCheck, "vetSubmission", "ttth.an", decision("vetDecision", "forward"));
        driver.work(underCheck, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));
        long checked = Long.parseLong(underCheck.getBusinessKey().replace("content-", ""));
        assertThatThrownBy(() -> request("tv.kinhte", checked, "take-down", "Gỡ", null))
                .isInstanceOf(InputRefused.class).hasMessageContaining("đang được xử lý");
        assertThat(service.get(checked).processInstanceId()).isEqualTo(underCheck.getId());
        assertThat(publisher.current("content-" + id)).as("the refused take-downs changed nothing").isPresent();
        assertThat(service.get(id).status()).isEqualTo(SubmissionStatus.PUBLISHED);
    }
}
