package vn.angiang.editorial.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.angiang.editorial.meeting.process.MeetingProcessDriver.vars;
import static vn.angiang.editorial.platform.process.DemoSteps.json;

import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.angiang.editorial.meeting.Attendance;
import vn.angiang.editorial.meeting.MeetingService;
import vn.angiang.editorial.meeting.MeetingStatus;
import vn.angiang.editorial.meeting.Reply;
import vn.angiang.editorial.meeting.process.MeetingProcessDriver;
import vn.angiang.editorial.meeting.process.MutableClock;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * One regular meeting of the board (Đ15.2) in Tasklist, in a real headless Chromium against the application on a real
 * PostgreSQL: the secretariat lead convenes it and drafts the agenda, a member contributes, the head signs the
 * invitation, a member names a proxy, the head signs the conclusion notice. The steps nobody needs to see again (the
 * IT center's documents, the other members' replies, the record with its lists) are submitted as the same users
 * through the engine. The application's clock stands on Monday 1 March 2027, then after the meeting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MeetingConvocationInBrowserIT.Time.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingConvocationInBrowserIT {

    private static final String PASSWORD = "demo";
    private static final String PROCESS_NAME = "Triệu tập và tổ chức cuộc họp Ban Biên tập";
    private static final String TITLE = "thường kỳ 6 tháng đầu năm 2027";
    private static final String MY_FILTER = "Việc của tôi";
    private static final String GROUP_FILTER = "Việc chưa nhận của nhóm tôi";
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, BoardTime.ZONE);

    private static ProcessInstance meeting;
    private static int serverPort;

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock meetingClock() {
            return new MutableClock(MONDAY);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "e2e_meeting");
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
    @Autowired ManagementService management;
    @Autowired MeetingService meetings;
    @Autowired Papers papers;
    @Autowired MutableClock clock;

    @RegisterExtension
    static final Browsers browsers = new Browsers(() -> "http://localhost:" + serverPort);

    @Test
    @Order(1)
    @DisplayName("1. The secretariat lead convenes the regular meeting from Tasklist's start form")
    void secretariatLeadConvenesTheRegularMeeting() {
        Tasklist tasklist = Tasklist.signIn(browsers.open(), "tgv.truong", PASSWORD);
        CamundaForm form = tasklist.startProcess(PROCESS_NAME);
        assertThat(form.labels()).contains("Loại cuộc họp", "Tên cuộc họp", "Lý do, yêu cầu của cuộc họp");
        form.pick("Loại cuộc họp", "Họp thường kỳ (6 tháng một lần)");
        form.type("Tên cuộc họp", TITLE);
        form.type("Lý do, yêu cầu của cuộc họp", "Đánh giá hoạt động của Cổng 6 tháng, bàn kế hoạch tiếp theo.");
        tasklist.dismissNotifications();
        browsers.last().screenshot("meeting-01-start-form");
        tasklist.pressStart();

        meeting = runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcessDriver.PROCESS_KEY)
                .variableValueEquals("title", TITLE).singleResult();
        assertThat(meeting).as("a meeting-convocation instance for the title typed").isNotNull();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(meeting.getId()).singleResult()
                .getStartUserId()).isEqualTo("tgv.truong");
        assertThat(openTask("draftAgenda").getDueDate()).as("the agenda has a deadline").isNotNull();
    }

    @Test
    @Order(2)
    @DisplayName("2. The secretariat lead drafts time, place and agenda in the form, dates typed as on paper")
    void secretariatLeadDraftsTheAgenda() {
        Task agenda = openTask("draftAgenda");
        Tasklist tasklist = Tasklist.signIn(browsers.open(), "tgv.truong", PASSWORD);
        tasklist.openFilter(GROUP_FILTER);
        tasklist.openTask(agenda.getId());
        tasklist.claim();
        CamundaForm form = tasklist.form();
        assertThat(form.labels()).contains("Tên cuộc họp", "Địa điểm", "Chương trình họp", "Nội dung");
        // form-js's own words on a list and the pickers, in Vietnamese (scripts/vi-form-messages.js)
        Boolean listInVietnamese = browsers.last().until(driver -> driver.findElement(
                By.cssSelector("form.fjs-form .fjs-repeat-render-add")).getText().contains("Thêm dòng"));
        assertThat(listInVietnamese).as("the list's add button reads «Thêm dòng»").isTrue();
        assertThat(form.input("Ngày họp").getAttribute("placeholder")).isEqualTo("tháng/ngày/năm");
        assertThat(form.input("Giờ họp").getAttribute("placeholder")).isEqualTo("giờ:phút");
        form.date("Ngày họp", "03/11/2027");
        form.time("Giờ họp", "08:00");
        form.type("Địa điểm", "Phòng họp số 1, Văn phòng UBND tỉnh");
        form.date("Hạn nộp tài liệu, ý kiến đóng góp", "03/05/2027");
        form.time("Giờ", "17:00");
        form.type("Nội dung", "Kết quả hoạt động của Cổng 6 tháng đầu năm");
        form.choose("Lĩnh vực (thành viên phụ trách đóng góp ý kiến)", "Kinh tế");
        browsers.last().screenshot("meeting-02-agenda-form");
        // nothing covers the form's buttons at this size: the language switch sits in the footer line
        org.openqa.selenium.Rectangle complete = browsers.last().until(driver -> {
            WebElement button = driver.findElement(By.cssSelector(".form-actions button.btn-primary"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'})", button);
            return button.getRect();
        });
        org.openqa.selenium.Rectangle languageSwitch = browsers.last().visible(By.cssSelector(".bbt-language-switch")).getRect();
        assertThat(overlap(complete, languageSwitch)).as("the language switch over «Hoàn thành»").isFalse();
        // an agenda item was edited: form-js 7.24 alone would leave "Hoàn thành" disabled (scripts/form-list-validity.js)
        tasklist.pressComplete();
        browsers.last().gone(By.cssSelector(".form-actions"));
        browsers.last().screenshot("meeting-02-agenda-completed");

        assertThat(meetings.get(meetingId()).startsAt()).as("the date and time typed, in Vietnam's time")
                .isAtSameInstantAs(ZonedDateTime.of(2027, 3, 11, 8, 0, 0, 0, BoardTime.ZONE).toOffsetDateTime());
        assertThat(openTask("prepareDocuments").getDueDate()).isNotNull();
        assertThat(tasks.createTaskQuery().processInstanceId(meeting.getId()).taskDefinitionKey("contributeToAgenda")
                .taskCandidateGroup("member-economy").count()).as("the economy member contributes").isEqualTo(1);
    }

    @Test
    @Order(3)
    @DisplayName("3. The economy member contributes; the head reads the summary and signs the invitation")
    void memberContributesAndTheHeadSignsTheInvitation() {
        driver().work(meeting, "prepareDocuments", "ttth.an", vars("documents", json(List.of(vars(
                "title", "Báo cáo kết quả 6 tháng", "link", "https://tailieu.angiang.gov.vn/bao-cao-6-thang.pdf"))),
                "documentsNote", "Phòng họp, máy chiếu đã sẵn sàng."));

        Task contribution = openTask("contributeToAgenda");
        Tasklist member = Tasklist.signIn(browsers.open(), "tv.kinhte", PASSWORD);
        member.openFilter(GROUP_FILTER);
        member.openTask(contribution.getId());
        member.claim();
        CamundaForm form = member.form();
        assertThat(form.value("Cuộc họp")).contains(TITLE, "11/03/2027");
        form.type("Ý kiến, nội dung đóng góp", "Đề nghị bổ sung số liệu lượt truy cập theo tháng.");
        browsers.last().screenshot("meeting-03-contribution-form");
        member.pressComplete();
        browsers.last().gone(By.cssSelector(".form-actions"));

        Task invitation = openTask("approveInvitation");
        Tasklist head = Tasklist.signIn(browsers.open(), "truongban", PASSWORD);
        head.openFilter(GROUP_FILTER);
        head.openTask(invitation.getId());
        head.claim();
        CamundaForm approval = head.form();
        assertThat(approval.value("Cuộc họp")).contains(TITLE, "Phòng họp số 1", "Kết quả hoạt động của Cổng");
        approval.pick("Quyết định", "Duyệt, ký giấy mời");
        browsers.last().screenshot("meeting-03-invitation-approval");
        head.pressComplete();
        browsers.last().gone(By.cssSelector(".form-actions"));

        List<IssuedPaper> issued = papers.list(MeetingService.PROCESS_KEY, Long.toString(meetingId()));
        assertThat(issued).extracting(IssuedPaper::symbol).anyMatch(symbol -> symbol.endsWith("/GM-BBT"));
        assertThat(meetings.get(meetingId()).status()).isEqualTo(MeetingStatus.INVITED);
    }

    @Test
    @Order(4)
    @DisplayName("4. A member names a proxy in the reply form; the proxy is recorded against the member")
    void memberNamesAProxy() {
        Task reply = taskOf("replyToInvitation", "tv.vanhoa");
        Tasklist tasklist = Tasklist.signIn(browsers.open(), "tv.vanhoa", PASSWORD);
        tasklist.openFilter(reply.getAssignee() == null ? GROUP_FILTER : MY_FILTER);
        tasklist.openTask(reply.getId());
        if (reply.getAssignee() == null) {
            tasklist.claim();
        }
        CamundaForm form = tasklist.form();
        form.pick("Trả lời", "Ủy quyền người họp thay");
        form.type("Họ và tên người họp thay", "Trần Văn Thay");
        form.type("Chức vụ người họp thay", "Phó Giám đốc");
        form.type("Cơ quan, đơn vị người họp thay", "Sở Văn hóa, Thể thao và Du lịch");
        browsers.last().screenshot("meeting-04-proxy-reply");
        tasklist.pressComplete();
        browsers.last().gone(By.cssSelector(".form-actions"));

        Attendance proxy = meetings.attendance(meetingId()).stream().filter(a -> "tv.vanhoa".equals(a.memberId()))
                .findFirst().orElseThrow();
        assertThat(proxy.reply()).isEqualTo(Reply.PROXY);
        assertThat(proxy.proxyName()).isEqualTo("Trần Văn Thay");
    }

    @Test
    @Order(5)
    @DisplayName("5. After the meeting the head signs the conclusion notice from the minutes")
    void headSignsTheConclusionNotice() {
        for (String member : List.of("phoban.tttt", "phoban.vp", "tv.chinhtri", "tv.kinhte", "tv.phapluat", "tv.khcn")) {
            driver().work(meeting, "replyToInvitation", member, vars("reply", "confirm"));
        }
        clock.set(ZonedDateTime.of(2027, 3, 11, 11, 0, 0, 0, BoardTime.ZONE));
        driver().work(meeting, "recordMeeting", "tgv.thu", vars("attendance", json(List.of()),
                "followUpItems", json(List.of()), "decisions", json(List.of(vars("position", 1,
                        "discussion", "Các thành viên thống nhất.", "decision", "Thông qua báo cáo 6 tháng.",
                        "votesFor", 8, "votesAgainst", 0, "votesAbstain", 0)))));

        Task minutes = openTask("approveMinutes");
        assertThat(minutes.getDueDate()).as("5 working days after the meeting (QĐ 45/2018/QĐ-TTg)")
                .isEqualTo(java.util.Date.from(ZonedDateTime.of(2027, 3, 18, 8, 0, 0, 0, BoardTime.ZONE).toInstant()));
        Tasklist head = Tasklist.signIn(browsers.open(), "truongban", PASSWORD);
        head.openFilter(GROUP_FILTER);
        head.openTask(minutes.getId());
        head.claim();
        CamundaForm form = head.form();
        assertThat(form.value("Biên bản")).contains("Thông qua báo cáo 6 tháng", "Trần Văn Thay");
        form.pick("Quyết định", "Duyệt, ký thông báo kết luận");
        browsers.last().screenshot("meeting-05-minutes-approval");
        head.pressComplete();
        browsers.last().gone(By.cssSelector(".form-actions"));

        assertThat(meetings.get(meetingId()).status()).isEqualTo(MeetingStatus.CONCLUDED);
        assertThat(papers.list(MeetingService.PROCESS_KEY, Long.toString(meetingId()))).extracting(IssuedPaper::symbol)
                .anyMatch(symbol -> symbol.endsWith("/GM-BBT")).anyMatch(symbol -> symbol.endsWith("/BB-BBT"))
                .anyMatch(symbol -> symbol.endsWith("/TB-BBT"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(meeting.getId()).count())
                .as("no follow-up was assigned: the meeting is closed").isZero();
    }

    private static boolean overlap(org.openqa.selenium.Rectangle a, org.openqa.selenium.Rectangle b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    private MeetingProcessDriver driver() {
        return new MeetingProcessDriver(identity, forms, tasks, repository, management);
    }

    private long meetingId() {
        return ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
                .variableName("meetingId").singleResult().getValue()).longValue();
    }

    private Task openTask(String key) {
        assertThat(meeting).as("step 1 started the meeting").isNotNull();
        Task task = tasks.createTaskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        return task;
    }

    private Task taskOf(String key, String user) {
        assertThat(meeting).as("step 1 started the meeting").isNotNull();
        return driver().taskFor(meeting, key, user);
    }
}
