package vn.angiang.editorial.meeting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.angiang.editorial.platform.process.DemoSteps.json;
import static vn.angiang.editorial.meeting.process.MeetingProcessDriver.vars;
import static vn.angiang.editorial.meeting.process.MeetingProcessTestConfiguration.MONDAY;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
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

import vn.angiang.editorial.meeting.AgendaItem;
import vn.angiang.editorial.meeting.Attendance;
import vn.angiang.editorial.meeting.FollowUp;
import vn.angiang.editorial.meeting.Material;
import vn.angiang.editorial.meeting.Meeting;
import vn.angiang.editorial.meeting.MeetingKind;
import vn.angiang.editorial.meeting.MeetingService;
import vn.angiang.editorial.meeting.MeetingStatus;
import vn.angiang.editorial.meeting.Presence;
import vn.angiang.editorial.meeting.Reply;
import vn.angiang.editorial.meeting.VoteOutcome;
import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.delegation.DelegationRequest;
import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Delegations;
import vn.angiang.editorial.platform.notification.MailAttachment;
import vn.angiang.editorial.platform.notification.OutboxRepository;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.PaperKind;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * Every path of meeting-convocation, worked as the demo users would in Tasklist (start form, claim, task form),
 * on the whole application with an in-memory H2 and the application's clock on Monday 1 March 2027. The coverage
 * listener fails the class unless every flow node and sequence flow of the model was passed.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:meeting-process;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@Import(MeetingProcessTestConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MeetingConvocationProcessTest {

    /** Thursday 11 March 2027, 08:00: its invitation is due by Monday 8 March at the latest (3 working days). */
    static final String THURSDAY_MEETING = "2027-03-11T08:00+07:00";
    static final String FRIDAY_DEADLINE = "2027-03-05T17:00+07:00";
    static final Actor HEAD = new Actor("truongban", "board-head", Set.of("board-head", "board-members"), null, null);
    /** the board's members but the head, who convenes and chairs */
    static final List<String> MEMBERS_BUT_HEAD = List.of("phoban.tttt", "phoban.vp", "tv.chinhtri", "tv.kinhte",
            "tv.khcn", "tv.phapluat", "tv.vanhoa");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired FormService forms;
    @Autowired RepositoryService repository;
    @Autowired ManagementService management;
    @Autowired AuthorizationService authorizations;
    @Autowired MeetingService meetings;
    @Autowired Delegations delegations;
    @Autowired AuditTrail trail;
    @Autowired Papers papers;
    @Autowired OutboxRepository outbox;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    MeetingProcessDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        clock.set(MONDAY);
        driver = new MeetingProcessDriver(identity, forms, tasks, repository, management);
        // the coverage recorder looks the process definition up inside the user's own command
        for (String group : List.of("board-members", "secretariat", "secretariat-lead", "it-center",
                "member-economy", "member-politics")) {
            if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
                    .resourceId(MeetingProcessDriver.PROCESS_KEY).count() == 0) {
                Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setGroupId(group);
                read.setResource(Resources.PROCESS_DEFINITION);
                read.setResourceId(MeetingProcessDriver.PROCESS_KEY);
                read.addPermission(Permissions.READ);
                authorizations.saveAuthorization(read);
            }
        }
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        delegations.list(false).forEach(d -> delegations.revoke(HEAD, d.id()));
        clock.set(MONDAY);
    }

    // ---- the paths ---------------------------------------------------------------------------------------

    @Test
    void anAdHocMeetingConvenedByTheHeadGoesFromAgendaToConclusionAndFollowUp() throws Exception {
        ProcessInstance pi = driver.start("truongban", vars("kind", "ad-hoc", "title", "đột xuất về an toàn thông tin trên Cổng",
                "reason", "Cổng bị tấn công từ chối dịch vụ ngày 26/02/2027."));
        assertThat(pi).isWaitingAt("draftAgenda");
        long id = id(pi);
        assertThat(meetings.get(id).kind()).isEqualTo(MeetingKind.AD_HOC);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate())
                .as("5 working days (editorial.meeting.agenda-days)").isEqualTo(at(2027, 3, 8, 9, 0));

        draftAgenda(pi, THURSDAY_MEETING, FRIDAY_DEADLINE);
        assertThat(pi).isWaitingAt("prepareDocuments", "contributeToAgenda");
        assertThat(driver.openTasks(pi, "contributeToAgenda")).as("one task per field of the agenda (Đ10.8)").hasSize(2);
        assertThat(driver.openTasks(pi, "prepareDocuments").get(0).getDueDate()).isEqualTo(at(2027, 3, 5, 17, 0));

        driver.work(pi, "prepareDocuments", "ttth.an", vars("documents", json(List.of(
                Map.of("title", "Báo cáo sự cố an toàn thông tin", "link", "https://tailieu.angiang.gov.vn/bbt/su-co.pdf"))),
                "documentsNote", "Phòng họp có màn chiếu."));
        driver.work(pi, "contributeToAgenda", "tv.kinhte", vars("contribution", "Đề nghị bổ sung kinh phí sao lưu.",
                "contributionLink", null));
        driver.work(pi, "contributeToAgenda", "tv.chinhtri", vars("contribution", "Thống nhất quy trình đăng tin khẩn.",
                "contributionLink", "https://tailieu.angiang.gov.vn/bbt/quy-trinh.docx"));
        assertThat(pi).isWaitingAt("approveInvitation");
        assertThat(meetings.materials(id)).extracting(Material::kind).containsExactly("document", "contribution", "contribution");

        driver.work(pi, "approveInvitation", "truongban", vars("invitationDecision", "approve"));
        assertThat(pi).isWaitingAt("replyToInvitation");
        Meeting invited = meetings.get(id);
        assertThat(invited.status()).isEqualTo(MeetingStatus.INVITED);
        assertThat(invited.convenerId()).isEqualTo("truongban");
        assertThat(invited.shortNotice()).isFalse();
        assertThat(driver.openTasks(pi, "replyToInvitation")).extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(MEMBERS_BUT_HEAD);

        // the invitation: GM signed by the head, mailed with the .ics event and the PDF to members and the guest
        IssuedPaper gm = papers.list(MeetingService.PROCESS_KEY, Long.toString(id)).get(0);
        assertThat(gm.kind()).isEqualTo(PaperKind.GIAY_MOI);
        assertThat(gm.symbol()).endsWith("/GM-BBT");
        assertThat(gm.signature()).isEqualTo("TRƯỞNG BAN");
        assertThat(pdfText(gm)).contains("GIẤY MỜI", "Trưởng Ban Biên tập", "08 giờ 00, thứ Năm, ngày 11/03/2027",
                "Phòng họp Sở Khoa học và Công nghệ", "Kế hoạch bảo đảm an toàn thông tin", "Nguyễn Văn Hùng", "Số:");
        assertThat(docxText(gm)).contains("GIẤY MỜI", "Lê Văn Khách, Phó Giám đốc, Sở Y tế", "ủy quyền cho người họp thay");
        List<Long> invitations = jdbc.sql("SELECT id FROM notification_outbox WHERE template = 'meeting-invitation' "
                + "AND reference = :ref ORDER BY id").param("ref", "meeting:" + id).query(Long.class).list();
        assertThat(invitations).as("7 members and 1 guest with an address").hasSize(8);
        List<MailAttachment> files = outbox.attachments(invitations.get(0));
        assertThat(files).extracting(MailAttachment::fileName).containsExactly("giay-moi-hop.ics", gm.fileName(PaperFormat.PDF));
        String ics = new String(files.get(0).content(), StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART:20270311T010000Z",
                "UID:meeting-" + id + "@", "ATTENDEE:mailto:");

        // replies: a proxy recorded against the member (Đ14.2), a decline, the rest attend
        driver.work(pi, "replyToInvitation", "tv.vanhoa", vars("reply", "proxy", "proxyName", "Trần Văn Thay",
                "proxyPosition", "Phó Giám đốc", "proxyUnit", "Sở Văn hóa, Thể thao và Du lịch", "replyNote", null));
        driver.work(pi, "replyToInvitation", "tv.khcn", vars("reply", "decline", "replyNote", "Đi công tác Hà Nội."));
        for (String member : List.of("phoban.tttt", "phoban.vp", "tv.chinhtri", "tv.kinhte", "tv.phapluat")) {
            driver.work(pi, "replyToInvitation", member, vars("reply", "confirm"));
        }
        assertThat(pi).isWaitingAt("recordMeeting");
        Attendance proxy = attendanceOf(id, "tv.vanhoa");
        assertThat(proxy.reply()).isEqualTo(Reply.PROXY);
        assertThat(proxy.proxyName()).isEqualTo("Trần Văn Thay");

        // the meeting is held; the secretariat records it, with votes and a follow-up
        clock.set(ZonedDateTime.of(2027, 3, 11, 11, 0, 0, 0, MONDAY.getZone()));
        driver.work(pi, "recordMeeting", "tgv.thu", record(List.of(), List.of(
                decision(1, "Thống nhất triển khai sao lưu hằng ngày.", 6, 1, 0),
                decision(2, "Giao Trung tâm Tin học rà soát quy trình đăng tin khẩn.", null, null, null)),
                List.of(vars("description", "Rà soát, trình quy trình đăng tin khẩn.", "assigneeGroup", "it-center",
                        "dueOn", "2027-03-31", "agendaPosition", 2),
                        vars("description", "Tổng hợp kết quả sao lưu tháng 4.", "assigneeGroup", "secretariat",
                        "dueOn", "2027-04-30", "agendaPosition", 1))));
        assertThat(pi).isWaitingAt("approveMinutes");
        assertThat(meetings.agenda(id)).extracting(AgendaItem::outcome).containsExactly(VoteOutcome.PASSED, null);
        assertThat(attendanceOf(id, "tv.vanhoa").presence()).isEqualTo(Presence.PROXY);
        assertThat(attendanceOf(id, "tv.khcn").presence()).isEqualTo(Presence.ABSENT);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate())
                .as("5 working days after the meeting (QĐ 45/2018/QĐ-TTg)").isEqualTo(at(2027, 3, 18, 8, 0));

        driver.work(pi, "approveMinutes", "truongban", vars("minutesDecision", "approve"));
        assertThat(pi).isWaitingAt("carryOutFollowUp");
        assertThat(meetings.get(id).status()).isEqualTo(MeetingStatus.CONCLUDED);
        IssuedPaper bb = papers.list(MeetingService.PROCESS_KEY, Long.toString(id)).get(1);
        assertThat(bb.symbol()).endsWith("/BB-BBT");
        assertThat(pdfText(bb)).contains("BIÊN BẢN", "THƯ KÝ", "CHỦ TRÌ", "Đỗ Thị Thu", "Nguyễn Văn Hùng",
                "Thảo luận: Các thành viên thống nhất.", "Kết luận: Thống nhất triển khai sao lưu hằng ngày.",
                "Trần Văn Thay (Phó Giám đốc, Sở Văn hóa, Thể thao và Du lịch) họp thay Huỳnh Ngọc Ánh");
        IssuedPaper tb = papers.list(MeetingService.PROCESS_KEY, Long.toString(id)).get(2);
        assertThat(tb.symbol()).endsWith("/TB-BBT");
        assertThat(pdfText(tb)).contains("THÔNG BÁO", "Kết luận của Trưởng Ban Biên tập",
                "Trần Văn Thay (Phó Giám đốc, Sở Văn hóa, Thể thao và Du lịch) họp thay Huỳnh Ngọc Ánh",
                "6 tán thành, 1 không tán thành, 0 không biểu quyết: thông qua", "Giao Trung tâm Tin học");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE template = 'meeting-conclusion' "
                + "AND reference = :ref").param("ref", "meeting:" + id).query(Integer.class).single())
                .as("every member, the head too (Đ12.1)").isEqualTo(8);
        assertThat(driver.openTasks(pi, "carryOutFollowUp")).extracting(Task::getDueDate)
                .containsExactlyInAnyOrder(at(2027, 3, 31, 17, 0), at(2027, 4, 30, 17, 0));
        Task followUp = driver.taskFor(pi, "carryOutFollowUp", "ttth.binh");
        assertThat(followUp.getDueDate()).isEqualTo(at(2027, 3, 31, 17, 0));

        // each follow-up is reminded on its own, a working day before its own deadline
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId("followUpReminderDue")
                .orderByJobDuedate().asc().list()).extracting(job -> job.getDuedate())
                .containsExactly(at(2027, 3, 30, 17, 0), at(2027, 4, 29, 17, 0));
        driver.fireEarliest(pi, "followUpReminderDue");
        assertThat(mails(id, "meeting-reminder")).containsExactlyInAnyOrder("ttth.an@bbt.angiang.local",
                "ttth.binh@bbt.angiang.local");
        // the IT center's follow-up passes its deadline: the secretariat lead is told and may urge it on (Đ12.2);
        // the task stays with the IT center, raised in its list; the other follow-up is not touched
        driver.fireEarliest(pi, "followUpOverdue");
        Task late = tasks.createTaskQuery().taskId(followUp.getId()).singleResult();
        assertThat(late.getPriority()).isEqualTo(vn.angiang.editorial.platform.tasks.Escalations.ESCALATED_PRIORITY);
        assertThat(tasks.getIdentityLinksForTask(late.getId())).anyMatch(l -> "secretariat-lead".equals(l.getGroupId()))
                .anyMatch(l -> "it-center".equals(l.getGroupId()));
        assertThat(mailsByTemplate("meeting-escalation", "task:" + late.getId())).contains("tgv.truong@bbt.angiang.local");
        assertThat(driver.openTasks(pi, "carryOutFollowUp")).filteredOn(t -> !t.getId().equals(late.getId()))
                .extracting(Task::getPriority).containsExactly(50);
        driver.work(pi, "carryOutFollowUp", "ttth.binh", vars("followUpReport", "Đã trình quy trình mới."));
        driver.work(pi, "carryOutFollowUp", "tgv.thu", vars("followUpReport", "Đã tổng hợp."));
        assertThat(pi).isEnded().hasPassed("followUpReported", "followUpReminded", "followUpLateReported", "meetingConcluded");
        assertThat(meetings.followUps(id)).extracting(FollowUp::status).containsExactly(FollowUp.DONE, FollowUp.DONE);
        assertThat(trail.entries(MeetingService.PROCESS_KEY, Long.toString(id))).extracting(AuditEntry::action)
                .containsSubsequence("request", "draft-agenda", "prepare-documents", "contribute", "approve-invitation",
                        "invite", "reply", "record", "approve-minutes", "conclude", "follow-up-done");
    }


    @Test
    void theRegularMeetingOpensAtTheHalfYearAndGoesThroughLateWorkReturnsAndAFailedVote() throws Exception {
        List<String> before = runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcessDriver.PROCESS_KEY)
                .list().stream().map(ProcessInstance::getId).toList();
        driver.halfYearStarts();
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcessDriver.PROCESS_KEY)
                .list().stream().filter(p -> !before.contains(p.getId())).findFirst().orElseThrow();
        assertThat(pi).hasPassed("halfYearStarted").isWaitingAt("draftAgenda");
        assertThat(tasks.getIdentityLinksForTask(driver.openTasks(pi, "draftAgenda").get(0).getId()))
                .anyMatch(l -> "secretariat-lead".equals(l.getGroupId()));
        long id = id(pi);
        Meeting opened = meetings.get(id);
        assertThat(opened.kind()).isEqualTo(MeetingKind.REGULAR);
        assertThat(opened.title()).isEqualTo("thường kỳ 6 tháng đầu năm 2027 của Ban Biên tập Cổng thông tin điện tử tỉnh");
        assertThat(opened.requestedBy()).isEqualTo(Actor.SYSTEM);

        // Wednesday 3 March: the invitation would have had to leave on Friday 26 February (3 working days)
        assertThatThrownBy(() -> draftAgenda(pi, "2027-03-03T08:00+07:00", "2027-03-02T17:00+07:00"))
                .isInstanceOf(InputRefused.class).hasMessageContaining("ít nhất 3 ngày làm việc")
                .hasMessageContaining("26/02/2027");
        // contributions due after the invitation's last day (Monday 8 March)
        assertThatThrownBy(() -> draftAgenda(pi, THURSDAY_MEETING, "2027-03-09T17:00+07:00"))
                .isInstanceOf(InputRefused.class).hasMessageContaining("chậm nhất ngày 08/03/2027");
        assertThat(pi).isWaitingAt("draftAgenda");
        assertThat(meetings.get(id).startsAt()).as("nothing changed").isNull();
        draftAgenda(pi, THURSDAY_MEETING, FRIDAY_DEADLINE);

        // the IT center is reminded, then its documents are late: the secretariat lead is told and may urge it on
        driver.fire(pi, "documentsReminderDue");
        assertThat(mails(id, "meeting-reminder")).contains("ttth.an@bbt.angiang.local", "ttth.binh@bbt.angiang.local");
        driver.fire(pi, "documentsOverdue");
        Task documents = driver.openTasks(pi, "prepareDocuments").get(0);
        assertThat(tasks.getIdentityLinksForTask(documents.getId())).anyMatch(l -> "secretariat-lead".equals(l.getGroupId()));
        assertThat(documents.getPriority()).isEqualTo(vn.angiang.editorial.platform.tasks.Escalations.ESCALATED_PRIORITY);
        assertThat(mailsByTemplate("meeting-escalation", "task:" + documents.getId())).contains("tgv.truong@bbt.angiang.local");
        // members are reminded; one contributes, the deadline closes the other's task: recorded late, the lead told
        driver.fire(pi, "contributionsReminderDue");
        driver.work(pi, "contributeToAgenda", "tv.kinhte", vars("contribution", "Ý kiến về kế hoạch."));
        driver.fire(pi, "contributionsClosed");
        assertThat(pi).hasPassed("recordLateContributions");
        assertThat(meetings.materials(id)).filteredOn(Material::late).extracting(Material::groupId)
                .containsExactly("member-politics");
        assertThat(mails(id, "meeting-secretariat-notice")).contains("tgv.truong@bbt.angiang.local");
        driver.work(pi, "prepareDocuments", "ttth.an", vars("documents", json(List.of()), "documentsNote",
                "Tài liệu gửi kèm giấy mời."));
        assertThat(pi).isWaitingAt("approveInvitation");

        // the head returns the agenda (a reason is required), the secretariat drafts it again
        assertThatThrownBy(() -> driver.work(pi, "approveInvitation", "truongban", vars("invitationDecision", "return")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Ý kiến");
        driver.work(pi, "approveInvitation", "truongban", vars("invitationDecision", "return",
                "invitationComment", "Bổ sung nội dung về nhuận bút."));
        assertThat(pi).isWaitingAt("draftAgenda");
        draftAgenda(pi, THURSDAY_MEETING, FRIDAY_DEADLINE);
        driver.work(pi, "prepareDocuments", "ttth.an", vars("documentsNote", "Như lần trước."));
        driver.work(pi, "contributeToAgenda", "tv.kinhte", vars("contribution", "Giữ ý kiến."));
        driver.work(pi, "contributeToAgenda", "tv.chinhtri", vars("contribution", "Đồng ý."));
        driver.work(pi, "approveInvitation", "truongban", vars("invitationDecision", "approve"));
        assertThat(pi).isWaitingAt("replyToInvitation");
        assertThat(driver.openTasks(pi, "replyToInvitation").get(0).getDueDate())
                .as("1 working day before the meeting").isEqualTo(at(2027, 3, 10, 8, 0));

        // two reply; the others are reminded, then flagged when the deadline passes
        driver.fire(pi, "repliesReminderDue");
        assertThat(mails(id, "meeting-reminder")).contains("tv.vanhoa@bbt.angiang.local");
        driver.work(pi, "replyToInvitation", "phoban.tttt", vars("reply", "confirm"));
        driver.work(pi, "replyToInvitation", "tv.kinhte", vars("reply", "confirm"));
        driver.fire(pi, "replyDeadlinePassed");
        assertThat(pi).hasPassed("flagMissingReplies").isWaitingAt("recordMeeting");
        assertThat(meetings.attendance(id)).filteredOn(a -> a.reply() == Reply.NONE).extracting(Attendance::memberId)
                .containsExactlyInAnyOrder("phoban.vp", "tv.chinhtri", "tv.khcn", "tv.phapluat", "tv.vanhoa");
        assertThat(trail.entries(MeetingService.PROCESS_KEY, Long.toString(id))).filteredOn(e -> "no-reply".equals(e.action()))
                .hasSize(5);

        // the meeting: two came without replying; 5 of 8 attend; more votes than attendance is refused
        clock.set(ZonedDateTime.of(2027, 3, 11, 11, 0, 0, 0, MONDAY.getZone()));
        List<Map<String, Object>> presence = List.of(vars("memberId", "tv.vanhoa", "presence", "present"),
                vars("memberId", "tv.khcn", "presence", "present"));
        assertThatThrownBy(() -> driver.work(pi, "recordMeeting", "tgv.thu", record(presence,
                List.of(decision(1, "Thông qua kế hoạch.", 4, 2, 0)), List.of())))
                .isInstanceOf(InputRefused.class).hasMessageContaining("vượt số thành viên dự họp (5");
        assertThat(meetings.agenda(id).get(0).votesFor()).as("nothing changed").isNull();
        driver.work(pi, "recordMeeting", "tgv.thu", record(presence, List.of(decision(1, "Thông qua kế hoạch.", 2, 2, 1)),
                List.of()));
        assertThat(meetings.agenda(id).get(0).outcome()).as("2 of 5 is no majority (Đ14.1)").isEqualTo(VoteOutcome.FAILED);

        // the chair is reminded, then overdue: without a delegation the head and the secretariat lead hear of it
        driver.fire(pi, "minutesReminderDue");
        driver.fire(pi, "minutesOverdue");
        Task minutes = driver.openTasks(pi, "approveMinutes").get(0);
        assertThat(mailsByTemplate("meeting-escalation", "task:" + minutes.getId()))
                .contains("truongban@bbt.angiang.local", "tgv.truong@bbt.angiang.local");
        driver.work(pi, "approveMinutes", "truongban", vars("minutesDecision", "return",
                "minutesComment", "Ghi rõ ý kiến không tán thành."));
        assertThat(pi).isWaitingAt("recordMeeting");
        driver.work(pi, "recordMeeting", "tgv.thu", record(presence, List.of(decision(1,
                "Chưa thông qua kế hoạch; Trung tâm Tin học hoàn thiện, trình lại.", 2, 2, 1)), List.of()));
        driver.work(pi, "approveMinutes", "truongban", vars("minutesDecision", "approve"));
        assertThat(pi).isEnded().hasPassed("issueConclusion", "meetingConcluded");
        IssuedPaper tb = papers.list(MeetingService.PROCESS_KEY, Long.toString(id)).get(2);
        assertThat(pdfText(tb)).contains("2 tán thành, 2 không tán thành, 1 không biểu quyết: không thông qua",
                "Vắng mặt:");
    }

    @Test
    void aDeputyConvenesOnlyUnderADelegationAndSignsForTheHeadAsKT() throws Exception {
        int meetingsBefore = meetings.list().size();
        assertThatThrownBy(() -> driver.start("phoban.tttt", vars("kind", "ad-hoc", "title", "đột xuất",
                "reason", "Sự cố.")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("được Trưởng ban ủy quyền");
        assertThatThrownBy(() -> driver.start("tgv.thu", vars("kind", "ad-hoc", "title", "đột xuất", "reason", "Sự cố.")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Tổ trưởng Tổ giúp việc");
        assertThat(meetings.list()).as("nothing recorded").hasSize(meetingsBefore);

        delegations.record(HEAD, new DelegationRequest(null, "phoban.tttt", Set.of(DelegationScope.CHAIR_MEETINGS),
                MONDAY.toLocalDate(), MONDAY.toLocalDate().plusDays(14), "Giấy ủy quyền số 05/GUQ-BBT ngày 26/02/2027"));
        ProcessInstance pi = driver.start("phoban.tttt", vars("kind", "ad-hoc", "title", "đột xuất về sự cố mất điện",
                "reason", "Cổng ngừng hoạt động 3 giờ."));
        long id = id(pi);
        assertThat(trail.entries(MeetingService.PROCESS_KEY, Long.toString(id)).get(0))
                .extracting(AuditEntry::actorId, AuditEntry::actingFor, AuditEntry::delegationRef)
                .containsExactly("phoban.tttt", "truongban", delegations.list(false).get(0).reference());

        // a meeting time already past is refused; tomorrow is fine for an ad hoc meeting (short notice, recorded)
        assertThatThrownBy(() -> driver.work(pi, "draftAgenda", "tgv.truong", vars("title", "đột xuất",
                "startsAt", "2027-02-26T08:00+07:00", "place", "Phòng họp", "contributionsDue", "2027-03-01T17:00+07:00",
                "agendaItems", json(List.of(vars("title", "Khắc phục sự cố"))))))
                .isInstanceOf(InputRefused.class).hasMessageContaining("sau thời điểm hiện tại");
        driver.work(pi, "draftAgenda", "tgv.truong", vars("title", "đột xuất về sự cố mất điện",
                "startsAt", "2027-03-02T14:00+07:00", "place", "Phòng họp trực tuyến", "contributionsDue",
                "2027-03-01T17:00+07:00", "agendaItems", json(List.of(vars("title", "Khắc phục sự cố")))));
        driver.work(pi, "prepareDocuments", "ttth.an", vars("documentsNote", "Kết nối trực tuyến sẵn sàng."));
        assertThat(pi).isWaitingAt("approveInvitation");
        Task approval = driver.openTasks(pi, "approveInvitation").get(0);
        assertThat(tasks.getIdentityLinksForTask(approval.getId())).anyMatch(l -> "phoban.tttt".equals(l.getUserId()));

        driver.work(pi, "approveInvitation", "phoban.tttt", vars("invitationDecision", "approve"));
        Meeting invited = meetings.get(id);
        assertThat(invited.convenerId()).isEqualTo("phoban.tttt");
        assertThat(invited.convenerDelegation()).startsWith("UQ-");
        assertThat(invited.shortNotice()).as("less than 3 working days: recorded").isTrue();
        IssuedPaper gm = papers.list(MeetingService.PROCESS_KEY, Long.toString(id)).get(0);
        assertThat(gm.signature()).isEqualTo("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN");
        assertThat(gm.delegationRef()).isEqualTo(invited.convenerDelegation());
        assertThat(pdfText(gm)).contains("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Mai",
                "Phó Trưởng Ban Biên tập (được Trưởng ban ủy quyền)");
        assertThat(driver.openTasks(pi, "replyToInvitation")).extracting(Task::getAssignee)
                .as("the chair does not reply to their own invitation").contains("truongban").doesNotContain("phoban.tttt");

        // a proxy must be an official with a position, not another member of the board (Đ14.2)
        assertThatThrownBy(() -> driver.work(pi, "replyToInvitation", "tv.kinhte", vars("reply", "proxy",
                "proxyName", "Nguyễn Văn B", "proxyPosition", " ", "proxyUnit", "Sở Tài chính")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Chức vụ người họp thay");
        assertThatThrownBy(() -> driver.work(pi, "replyToInvitation", "tv.kinhte", vars("reply", "proxy",
                "proxyName", "Phạm Quốc  Bảo", "proxyPosition", "Giám đốc", "proxyUnit", "Sở Tài chính")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("không phải thành viên Ban Biên tập");
        assertThatThrownBy(() -> driver.work(pi, "replyToInvitation", "tv.kinhte", vars("reply", "decline")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Ghi chú");
        assertThat(attendanceOf(id, "tv.kinhte").reply()).as("nothing changed").isEqualTo(Reply.NONE);
        driver.work(pi, "replyToInvitation", "tv.kinhte", vars("reply", "proxy", "proxyName", "Nguyễn Văn B",
                "proxyPosition", "Phó Giám đốc", "proxyUnit", "Sở Tài chính"));
        assertThat(attendanceOf(id, "tv.kinhte")).extracting(Attendance::reply, Attendance::proxyName)
                .containsExactly(Reply.PROXY, "Nguyễn Văn B");
        // the meeting cannot be recorded before it is held
        driver.fire(pi, "replyDeadlinePassed");
        assertThatThrownBy(() -> driver.work(pi, "recordMeeting", "tgv.thu", record(List.of(), List.of(), List.of())))
                .isInstanceOf(InputRefused.class).hasMessageContaining("chưa diễn ra");
        runtime.deleteProcessInstance(pi.getId(), "test done");
    }

    @Test
    void aWrittenConsultationIsAnsweredTalliedByMajorityAndItsResultSigned() throws Exception {
        ProcessInstance pi = driver.start("tgv.truong", vars("kind", "consultation",
                "title", "khung nhuận bút tin, bài năm 2027", "reason", "Trưởng ban đề nghị xin ý kiến bằng văn bản."));
        assertThat(pi).isWaitingAt("draftConsultation");
        long id = id(pi);
        assertThat(meetings.get(id).kind()).isEqualTo(MeetingKind.CONSULTATION);
        assertThatThrownBy(() -> driver.work(pi, "draftConsultation", "tgv.truong", vars("question", "Áp dụng khung mới?",
                "answersDue", "2027-02-26T17:00+07:00"))).isInstanceOf(InputRefused.class)
                .hasMessageContaining("Hạn trả lời phải sau thời điểm hiện tại");
        driver.work(pi, "draftConsultation", "tgv.truong", vars("question",
                "Đồng ý áp dụng khung nhuận bút mới từ tháng 4/2027?", "reason", "Khung theo QĐ 64/2017/QĐ-UBND.",
                "consultationLink", "https://tailieu.angiang.gov.vn/bbt/khung-nhuan-but.pdf",
                "answersDue", FRIDAY_DEADLINE));
        List<String> asked = driver.openTasks(pi, "answerConsultation").stream().map(Task::getAssignee).toList();
        assertThat(asked).as("every member of the board, the head too").hasSize(8).contains("truongban");
        assertThat(driver.openTasks(pi, "answerConsultation").get(0).getDueDate()).isEqualTo(at(2027, 3, 5, 17, 0));

        driver.fire(pi, "answersReminderDue");
        assertThat(mails(id, "meeting-reminder")).hasSize(8);
        assertThatThrownBy(() -> driver.work(pi, "answerConsultation", "tv.khcn", vars("opinion", "disagree")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Ý kiến không được để trống");
        for (String member : List.of("truongban", "phoban.tttt", "tv.chinhtri", "tv.kinhte")) {
            driver.work(pi, "answerConsultation", member, vars("opinion", "agree"));
        }
        driver.work(pi, "answerConsultation", "tv.khcn", vars("opinion", "disagree",
                "opinionComment", "Mức ảnh tin thấp hơn tỉnh bạn."));
        driver.work(pi, "answerConsultation", "tv.vanhoa", vars("opinion", "other",
                "opinionComment", "Áp dụng từ tháng 7/2027."));
        driver.fire(pi, "answersDeadlinePassed");
        assertThat(pi).hasPassed("tallyConsultation").isWaitingAt("signConsultationResult");
        AgendaItem question = meetings.agenda(id).get(0);
        assertThat(question).extracting(AgendaItem::votesFor, AgendaItem::votesAgainst, AgendaItem::votesAbstain,
                AgendaItem::outcome).containsExactly(4, 1, 1, VoteOutcome.PASSED);
        assertThat(trail.entries(MeetingService.PROCESS_KEY, Long.toString(id)))
                .filteredOn(e -> "no-reply".equals(e.action())).extracting(AuditEntry::detail)
                .containsExactlyInAnyOrder("phoban.vp", "tv.phapluat");

        driver.work(pi, "signConsultationResult", "truongban", vars("resultComment", null));
        assertThat(pi).isEnded().hasPassed("issueConsultationResult", "consultationConcluded");
        IssuedPaper tb = papers.list(MeetingService.PROCESS_KEY, Long.toString(id)).get(0);
        assertThat(tb.signature()).isEqualTo("TRƯỞNG BAN");
        assertThat(pdfText(tb)).contains("THÔNG BÁO", "Kết quả xin ý kiến thành viên Ban Biên tập về khung nhuận bút",
                "4 đồng ý, 1 không đồng ý, 1 ý kiến khác, 2 không trả lời", "Vấn đề được thông qua",
                "Trương Thanh Sơn (không đồng ý): Mức ảnh tin thấp hơn tỉnh bạn.");
        assertThat(mails(id, "meeting-conclusion")).hasSize(8);

        // a second one: everyone agrees before the deadline; a deputy signs under a delegation to sign papers
        delegations.record(HEAD, new DelegationRequest(null, "phoban.vp", Set.of(DelegationScope.SIGN_PAPERS),
                MONDAY.toLocalDate(), MONDAY.toLocalDate().plusDays(7), "Giấy ủy quyền số 06/GUQ-BBT ngày 01/03/2027"));
        ProcessInstance second = driver.start("truongban", vars("kind", "consultation", "title", "lịch đăng tin dịp lễ",
                "reason", "Xin ý kiến lịch trực."));
        long secondId = id(second);
        driver.work(second, "draftConsultation", "tgv.truong", vars("question", "Đồng ý lịch trực lễ 30/4?",
                "answersDue", FRIDAY_DEADLINE));
        for (String member : driver.openTasks(second, "answerConsultation").stream().map(Task::getAssignee).toList()) {
            driver.work(second, "answerConsultation", member, vars("opinion", "agree"));
        }
        assertThat(second).hasPassed("answersClosed").isWaitingAt("signConsultationResult");
        driver.work(second, "signConsultationResult", "phoban.vp", vars("resultComment", "Ký thay Trưởng ban đi công tác."));
        assertThat(second).isEnded();
        IssuedPaper signedForTheHead = papers.list(MeetingService.PROCESS_KEY, Long.toString(secondId)).get(0);
        assertThat(signedForTheHead.signature()).isEqualTo("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN");
        assertThat(signedForTheHead.signedBy()).isEqualTo("Lê Minh Tuấn");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    void draftAgenda(ProcessInstance pi, String startsAt, String contributionsDue) {
        driver.work(pi, "draftAgenda", "tgv.truong", agenda(startsAt, contributionsDue));
    }

    static Map<String, Object> agenda(String startsAt, String contributionsDue) {
        return vars("title", "đột xuất về an toàn thông tin trên Cổng", "startsAt", startsAt,
                "place", "Phòng họp Sở Khoa học và Công nghệ", "contributionsDue", contributionsDue,
                "agendaItems", json(List.of(
                        vars("title", "Kế hoạch bảo đảm an toàn thông tin", "field", "economy", "presenter", "Trung tâm Tin học"),
                        vars("title", "Quy trình đăng tin khẩn", "field", "politics", "presenter", null))),
                "guests", json(List.of(vars("name", "Lê Văn Khách", "jobTitle", "Phó Giám đốc", "unit", "Sở Y tế",
                        "email", "khach@syt.angiang.local"))));
    }

    static Map<String, Object> decision(int position, String decision, Integer yes, Integer no, Integer abstain) {
        return vars("position", position, "title", "(chỉ hiển thị)", "discussion", "Các thành viên thống nhất.",
                "decision", decision, "votesFor", yes, "votesAgainst", no, "votesAbstain", abstain);
    }

    static Map<String, Object> record(List<Map<String, Object>> presence, List<Map<String, Object>> decisions,
            List<Map<String, Object>> followUps) {
        return vars("attendance", json(presence), "decisions", json(decisions), "followUpItems", json(followUps));
    }

    long id(ProcessInstance pi) {
        return ((Number) runtime.getVariable(pi.getId(), "meetingId")).longValue();
    }

    /** The addresses mailed with {@code template} about meeting {@code id}. */
    List<String> mails(long id, String template) {
        return mailsByTemplate(template, "meeting:" + id);
    }

    List<String> mailsByTemplate(String template, String reference) {
        return jdbc.sql("SELECT recipient FROM notification_outbox WHERE template = :template AND reference = :ref")
                .param("template", template).param("ref", reference).query(String.class).list();
    }

    Attendance attendanceOf(long id, String member) {
        return meetings.attendance(id).stream().filter(a -> a.memberId().equals(member)).findFirst().orElseThrow();
    }

    static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MONDAY.getZone()).toInstant());
    }

    String pdfText(IssuedPaper paper) throws Exception {
        PdfReader pdf = new PdfReader(papers.file(paper.id(), PaperFormat.PDF).orElseThrow());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(pdf).getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("[\\s\\u00a0]+", " ");
    }

    String docxText(IssuedPaper paper) throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(papers.file(paper.id(), PaperFormat.DOCX)
                .orElseThrow())); XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText().replaceAll("[\\s\\u00a0]+", " ");
        }
    }
}
