package vn.angiang.editorial.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * The content-approval process as the officials live it, in a real headless Chromium against the
 * application on a real PostgreSQL: Vietnamese screens, Camunda Forms, the seeded Tasklist filters,
 * Cockpit, and what an agency may see. Each step leaves a screenshot under {@code target/e2e/}.
 *
 * <p>Steps 1 to 4 follow one submission and run in order; step 5 stands alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentApprovalInBrowserIT {

    private static final String PASSWORD = "demo";
    private static final String PROCESS = "content-approval";
    private static final String TITLE = "Khánh thành cầu Vàm Cống nối Đồng Tháp và An Giang";
    private static final String UNCLAIMED_FILTER = "Việc chưa nhận của nhóm tôi";
    private static final String MY_FILTER = "Việc của tôi";
    private static final String REQUIRED = "Trường này bắt buộc phải nhập.";
    private static final ZoneId VIETNAM = ZoneId.of(Chromium.TIME_ZONE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The submission of step 1, followed by steps 2 to 4. */
    private static String instanceId;
    private static int serverPort;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "e2e_browser");
    }

    @LocalServerPort
    void port(int port) {
        serverPort = port;
    }

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired FormService forms;
    @Autowired RepositoryService repository;

    @RegisterExtension
    static final Browsers browsers = new Browsers(() -> "http://localhost:" + serverPort);

    @Test
    @Order(1)
    @DisplayName("1. A collaborator starts content approval from Tasklist with its start form")
    void collaboratorSubmitsThroughTheStartForm() {
        Tasklist tasklist = Tasklist.signIn(browsers.open(), "ctv.lan", PASSWORD);
        assertThat(tasklist.filterNames()).contains(MY_FILTER, UNCLAIMED_FILTER, "Việc quá hạn");

        CamundaForm form = tasklist.startProcess(definition().getName());
        assertThat(form.labels()).contains("Tiêu đề", "Tóm tắt (sapo)", "Nội dung (HTML)", "Loại tin bài", "Lĩnh vực",
                "Mức độ khẩn");
        form.type("Tiêu đề", TITLE);
        form.type("Tóm tắt (sapo)", "Cầu Vàm Cống được đưa vào sử dụng, rút ngắn đường từ Long Xuyên đi Cao Lãnh.");
        form.type("Nội dung (HTML)", "<p>Sáng nay, cầu Vàm Cống dài 2,97 km chính thức thông xe.</p>");
        form.type("Họ tên người thứ 1", "Hồ Ngọc Lan");
        form.choose("Loại tin bài", "Tin");
        form.choose("Lĩnh vực", "Kinh tế");
        form.pick("Mức độ khẩn", "Bình thường");
        tasklist.dismissNotifications();
        browsers.last().screenshot("01-collaborator-start-form");

        tasklist.pressStart();
        browsers.last().screenshot("01-collaborator-started");

        HistoricProcessInstance started = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .variableValueEquals("itemTitle", TITLE).singleResult();
        assertThat(started).as("a content-approval instance for the submitted title").isNotNull();
        assertThat(started.getStartUserId()).isEqualTo("ctv.lan");
        instanceId = started.getId();
        assertThat(openTask("vetSubmission").getDueDate()).as("vetting has a deadline").isNotNull();
    }

    @Test
    @Order(2)
    @DisplayName("2. The IT center claims the vetting task, meets the Vietnamese validation message, completes it")
    void itCenterVetsTheSubmission() {
        Task vetting = openTask("vetSubmission");
        Tasklist tasklist = Tasklist.signIn(browsers.open(), "ttth.an", PASSWORD);
        tasklist.openFilter(UNCLAIMED_FILTER);
        tasklist.taskCard(vetting.getId());
        assertThat(tasklist.taskCardText(vetting.getId())).contains(vetting.getName());
        tasklist.openTask(vetting.getId());
        tasklist.claim();
        assertThat(tasks.createTaskQuery().taskId(vetting.getId()).singleResult().getAssignee()).isEqualTo("ttth.an");

        CamundaForm form = tasklist.form();
        assertThat(form.labels()).contains("Tin bài", "Tiêu đề", "Tóm tắt (sapo)", "Nội dung (HTML)", "Loại tin bài",
                "Lĩnh vực", "Mức độ khẩn", "Kết quả kiểm duyệt", "Chuyển thành viên Ban Biên tập thẩm định");
        assertThat(form.value("Tiêu đề")).as("the form shows the submission").isEqualTo(TITLE);
        tasklist.dismissNotifications();
        browsers.last().screenshot("02-it-center-vet-form");

        // "Kết quả kiểm duyệt" (required) left empty
        tasklist.pressComplete();
        assertThat(form.errorOf("Kết quả kiểm duyệt")).isEqualTo(REQUIRED);
        browsers.last().screenshot("02-it-center-required-message");
        assertThat(tasks.createTaskQuery().taskId(vetting.getId()).count()).as("nothing was completed").isEqualTo(1);

        form.pick("Kết quả kiểm duyệt", "Chuyển thành viên Ban Biên tập thẩm định");
        form.waitUntilNoErrorShows();
        tasklist.pressComplete();
        browsers.last().gone(By.cssSelector(".form-actions"));
        browsers.last().screenshot("02-it-center-completed");

        assertThat(history.createHistoricTaskInstanceQuery().taskId(vetting.getId()).singleResult().getEndTime())
                .as("the vetting task is completed").isNotNull();
        Task appraisal = openTask("appraiseSubmission");
        assertThat(tasks.createTaskQuery().taskId(appraisal.getId()).taskCandidateGroup("member-economy").count())
                .as("economy news goes to the economy member").isEqualTo(1);
    }

    @Test
    @Order(3)
    @DisplayName("3. The appraisal shows in the field member's filter with its due date")
    void appraisalIsInTheFieldMembersFilterWithItsDueDate() {
        Task appraisal = openTask("appraiseSubmission");
        assertThat(appraisal.getDueDate()).as("appraisal has a deadline").isNotNull();
        String due = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(appraisal.getDueDate().toInstant().atZone(VIETNAM));

        Tasklist tasklist = Tasklist.signIn(browsers.open(), "tv.kinhte", PASSWORD);
        tasklist.openFilter(UNCLAIMED_FILTER);
        WebElement card = tasklist.taskCard(appraisal.getId());
        assertThat(card.getText()).contains(appraisal.getName());
        WebElement dueDate = card.findElement(By.cssSelector(".due-date"));
        assertThat(dueDate.getText()).startsWith("Hạn");
        WebElement when = dueDate.findElement(By.cssSelector("[am-time-ago]"));
        assertThat(when.getAttribute("uib-tooltip")).as("the due date, dd/MM/yyyy in Vietnam's time").contains(due);
        browsers.last().hover(when);
        browsers.last().visible(By.xpath("//div[contains(@class,'tooltip')][contains(normalize-space(.), '" + due + "')]"));
        browsers.last().screenshot("03-field-member-filter-due-date");
    }

    @Test
    @Order(4)
    @DisplayName("4. A manager sees the content-approval definition and its running instance in Cockpit")
    void managerSeesTheRunningInstanceInCockpit() {
        assertThat(instanceId).as("step 1 started the instance").isNotNull();
        String name = definition().getName();
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();

        Cockpit cockpit = Cockpit.signIn(browsers.open(), "quanly", PASSWORD);
        cockpit.openProcesses();
        WebElement row = cockpit.definitionRow(name);
        assertThat(Cockpit.runningInstances(row)).isEqualTo(running).isPositive();
        browsers.last().screenshot("04-manager-cockpit-processes");

        cockpit.openDefinitionAndFindInstance(name, instanceId);
        browsers.last().screenshot("04-manager-cockpit-running-instance");
    }

    @Test
    @Order(5)
    @DisplayName("5. An agency sees its own task and no task of another agency")
    void anAgencySeesNoTaskOfAnotherAgency() {
        String healthTitle = "Sở Y tế: lịch tiêm chủng mở rộng tháng này";
        String educationTitle = "Sở Giáo dục: kế hoạch tuyển sinh lớp 10";
        Task healthRevision = returnedForRevision(submitAs("syt.vanthu", healthTitle, "culture-society"));
        Task educationRevision = returnedForRevision(submitAs("sgd.vanthu", educationTitle, "culture-society"));
        assertThat(healthRevision.getAssignee()).isEqualTo("syt.vanthu");
        assertThat(educationRevision.getAssignee()).isEqualTo("sgd.vanthu");

        Tasklist tasklist = Tasklist.signIn(browsers.open(), "sgd.vanthu", PASSWORD);
        tasklist.openFilter(MY_FILTER);
        tasklist.taskCard(educationRevision.getId());
        assertThat(tasklist.listMentions(educationTitle)).as("its own task's title").isTrue();
        assertThat(tasklist.listShowsTask(healthRevision.getId())).as("the health department's task in the list").isFalse();
        assertThat(tasklist.listMentions("Sở Y tế")).as("the health department's title in the list").isFalse();
        browsers.last().screenshot("05-agency-sees-only-its-own-task");

        // a link to the other agency's task (e.g. forwarded by e-mail) shows nothing of it
        tasklist.openTaskLink(healthRevision.getId());
        tasklist.notification("Công việc không còn tồn tại");
        assertThat(browsers.last().present(CamundaForm.FORM)).as("the other agency's form").isFalse();
        assertThat(browsers.last().all(By.xpath("//*[contains(normalize-space(.), '" + healthTitle + "')]"))).isEmpty();
        browsers.last().screenshot("05-agency-link-to-other-agency-task");
    }

    private ProcessDefinition definition() {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        assertThat(definition).as("the content-approval process is deployed").isNotNull();
        return definition;
    }

    /** The open task {@code key} of the submission of step 1. */
    private Task openTask(String key) {
        assertThat(instanceId).as("step 1 started the instance").isNotNull();
        Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        return task;
    }

    /** A submission made by {@code user} through the start form's variables, as Tasklist sends them. */
    private ProcessInstance submitAs(String user, String title, String field) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("content", json(Map.of("title", title, "summary", title + ".", "body", "<p>" + title + ".</p>")));
        variables.put("contentType", "news");
        variables.put("field", field);
        variables.put("urgency", "normal");
        variables.put("contributors", json(List.of(Map.of("name", "Văn thư", "role", "author"))));
        return as(user, () -> forms.submitStartForm(definition().getId(), variables));
    }

    /** The IT center returns the submission for revision; the revision task goes back to the submitter. */
    private Task returnedForRevision(ProcessInstance submission) {
        Task vetting = tasks.createTaskQuery().processInstanceId(submission.getId()).taskDefinitionKey("vetSubmission")
                .singleResult();
        as("ttth.binh", () -> {
            tasks.claim(vetting.getId(), "ttth.binh");
            forms.submitTaskForm(vetting.getId(), Map.of("vetDecision", "return", "vetComment", "Bổ sung nguồn tin."));
            return null;
        });
        return tasks.createTaskQuery().processInstanceId(submission.getId()).taskDefinitionKey("reviseSubmission")
                .singleResult();
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
