package vn.angiang.editorial.content.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.angiang.editorial.content.process.ContentProcessDriver.content;
import static vn.angiang.editorial.content.process.ContentProcessDriver.decision;
import static vn.angiang.editorial.platform.process.DemoSteps.json;
import static vn.angiang.editorial.content.process.ContentProcessDriver.submission;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestExecutionListeners;

import vn.angiang.editorial.Application;
import vn.angiang.editorial.content.AuditTrail;
import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.delegation.Delegation;
import vn.angiang.editorial.platform.delegation.DelegationRequest;
import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Delegations;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.DecisionRecord;
import vn.angiang.editorial.content.Outcome;
import vn.angiang.editorial.content.Submission;
import vn.angiang.editorial.content.SubmissionStatus;
import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.publishing.PublishedItem;
import vn.angiang.editorial.platform.publishing.Publisher;

/**
 * Every path of content-approval, driven as the demo users would in Tasklist (start form, claim,
 * task form), on the whole application with an in-memory H2. The coverage listener fails the class
 * unless every flow node and sequence flow of the model was passed.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:content-process;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@Import(ContentProcessTestConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ContentApprovalProcessTest {

    static final ZoneId ZONE = ZoneId.of(Application.ZONE);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired FormService forms;
    @Autowired RepositoryService repository;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired AuthorizationService authorizations;
    @Autowired ContentService service;
    @Autowired Publisher publisher;
    @Autowired WorkingDayCalendar workingDays;
    @Autowired JdbcClient jdbc;
    @Autowired Delegations delegations;
    @Autowired vn.angiang.editorial.platform.audit.AuditTrail trail;

    static final Actor HEAD = new Actor("truongban", "board-head", Set.of("board-head", "board-members"), null, null);

    ContentProcessDriver driver;
    Mails mails;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new ContentProcessDriver(identity, forms, tasks, repository, management);
        mails = new Mails(jdbc, history);
        // the coverage recorder looks the process definition up inside the user's own command;
        // board members work their tasks without that right (the REST integration test shows it)
        if (authorizations.createAuthorizationQuery().groupIdIn("board-members")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("content-approval").count() == 0) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId("board-members");
            read.setResource(Resources.PROCESS_DEFINITION);
            read.setResourceId("content-approval");
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        delegations.list(false).forEach(d -> delegations.revoke(HEAD, d.id()));
    }

    Submission record(ProcessInstance pi) {
        return service.get(id(pi));
    }

    Submission record(long id) {
        return service.get(id);
    }

    /** The record's id, from the business key ("content-42"), also after the instance ended. */
    long id(ProcessInstance pi) {
        String key = history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey();
        return Long.parseLong(key.substring("content-".length()));
    }

    List<String> candidateUsers(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getUserId)
                .filter(u -> u != null).sorted().toList();
    }

    /** The head delegates {@code scope} to {@code deputy} from today for a week (Đ8.1). */
    Delegation delegate(String deputy, DelegationScope scope) {
        LocalDate today = delegations.today();
        return delegations.record(HEAD, new DelegationRequest(null, deputy, Set.of(scope), today, today.plusDays(7),
                "Giấy ủy quyền số 05/GUQ-BBT ngày " + BoardTime.DATE.format(today)));
    }

    List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).sorted().toList();
    }

    ProcessInstance vettedAndRouted(String type, String field, String urgency) {
        ProcessInstance pi = driver.start("ctv.lan", submission(type, field, urgency));
        driver.work(pi, "vetSubmission", "ttth.an", decision("vetDecision", "forward"));
        return pi;
    }

    // --- straight through --------------------------------------------------------------------

    @Test
    void newsGoesStraightThroughWithoutTheHead() {
        ProcessInstance pi = driver.start("ctv.lan", submission("news", "economy", "normal"));

        assertThat(pi).isWaitingAt("vetSubmission");
        assertThat(pi).hasBusinessKey("content-" + id(pi));
        Task vet = driver.openTask(pi, "vetSubmission");
        assertThat(candidateGroups(vet)).containsExactly("it-center");
        assertThat(LocalDate.ofInstant(vet.getDueDate().toInstant(), ZONE))
                .isEqualTo(workingDays.addWorkingDays(LocalDate.now(ZONE), 2));
        assertThat(runtime.getVariable(pi.getId(), "itemTitle")).isEqualTo("Khánh thành cầu Châu Đốc");

        driver.work(pi, "vetSubmission", "ttth.an", decision("vetDecision", "forward"));
        assertThat(pi).isWaitingAt("appraiseSubmission");
        assertThat(candidateGroups(driver.openTask(pi, "appraiseSubmission"))).containsExactly("member-economy");

        driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));
        assertThat(pi).hasPassed("headApprovalNeeded", "publishItem", "notifyRequesterPublished")
                .hasNotPassed("approveByHead").isWaitingAt("checkPublishedItem");
        assertThat(record(pi).status()).isEqualTo(SubmissionStatus.PUBLISHED);
        assertThat(publisher.current("content-" + id(pi))).isPresent();

        driver.work(pi, "checkPublishedItem", "tv.kinhte", decision("checkDecision", "confirm"));
        assertThat(pi).isEnded().hasPassed("itemConfirmed");

        AuditTrail trail = service.auditTrail(id(pi));
        assertThat(trail.decisions()).extracting(DecisionRecord::taskKey, DecisionRecord::actorId,
                DecisionRecord::actorRole, DecisionRecord::outcome).containsExactly(
                tuple("submitContent", "ctv.lan", "collaborators", Outcome.SUBMIT),
                tuple("vetSubmission", "ttth.an", "it-center", Outcome.FORWARD),
                tuple("appraiseSubmission", "tv.kinhte", "member-economy", Outcome.APPROVE),
                tuple("publishItem", "tv.kinhte", null, Outcome.PUBLISH),
                tuple("checkPublishedItem", "tv.kinhte", "member-economy", Outcome.CONFIRM));
        assertThat(mails.of(pi.getId())).extracting(Mails.Mail::template, Mails.Mail::recipient).containsExactly(
                tuple("task-created", "ttth.an@bbt.angiang.local"), tuple("task-created", "ttth.binh@bbt.angiang.local"),
                tuple("task-created", "tv.kinhte@bbt.angiang.local"),
                tuple("request-outcome", "ctv.lan@example.vn"),
                tuple("task-created", "tv.kinhte@bbt.angiang.local"));
        assertThat(mails.of(pi.getId()).get(3).body()).contains("Khánh thành cầu Châu Đốc",
                "Đã đăng trên Cổng thông tin điện tử tỉnh", "/public/feed/content-" + id(pi));
    }

    @Test
    void anArticleNeedsTheHeadAndADeputyWithoutADelegationCannotApproveIt() {
        // Đ8.1: the deputy head runs the board "khi được ủy quyền" — not by default
        ProcessInstance pi = vettedAndRouted("article", "economy", "normal");
        driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));

        assertThat(pi).isWaitingAt("approveByHead");
        Task approval = driver.openTask(pi, "approveByHead");
        assertThat(candidateGroups(approval)).containsExactly("board-head");
        assertThat(candidateUsers(approval)).isEmpty();
        assertThat(record(pi).status()).isEqualTo(SubmissionStatus.AWAITING_HEAD_APPROVAL);

        assertThatThrownBy(() -> driver.work(pi, "approveByHead", "phoban.tttt",
                decision("headDecision", "approve", "headComment", "Đồng ý")))
                .isInstanceOf(AuthorizationException.class);
        assertThat(pi).isWaitingAt("approveByHead");

        driver.work(pi, "approveByHead", "truongban", decision("headDecision", "approve", "headComment", "Đồng ý"));
        assertThat(pi).hasPassed("publishItem").isWaitingAt("checkPublishedItem");
        assertThat(service.auditTrail(id(pi)).decisions()).filteredOn(d -> d.taskKey().equals("approveByHead"))
                .extracting(DecisionRecord::actorId, DecisionRecord::actingFor).containsExactly(tuple("truongban", null));
    }

    @Test
    void aDeputyActsForTheHeadOnlyUnderADelegationInForceAndTheTrailNamesIt() {
        // Đ8.1–8.2: delegated, the deputy sees the head's approval, completes it, and the trail says for whom and under which paper
        ProcessInstance pi = vettedAndRouted("article", "economy", "normal");
        driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));
        Delegation delegation = delegate("phoban.tttt", DelegationScope.APPROVE_CONTENT);

        assertThat(candidateUsers(driver.openTask(pi, "approveByHead")))
                .as("a delegation recorded while the task is open offers it at once").containsExactly("phoban.tttt");
        assertThatThrownBy(() -> driver.work(pi, "approveByHead", "phoban.vp", decision("headDecision", "approve")))
                .as("the other deputy holds no delegation").isInstanceOf(AuthorizationException.class);

        driver.work(pi, "approveByHead", "phoban.tttt", decision("headDecision", "approve", "headComment", "Đồng ý, đăng ngay"));

        assertThat(pi).hasPassed("publishItem").isWaitingAt("checkPublishedItem");
        assertThat(service.auditTrail(id(pi)).decisions()).filteredOn(d -> d.taskKey().equals("approveByHead"))
                .extracting(DecisionRecord::actorId, DecisionRecord::actorRole, DecisionRecord::actingFor,
                        DecisionRecord::comment)
                .containsExactly(tuple("phoban.tttt", "deputy-head-ict", "truongban", "Đồng ý, đăng ngay"));
        assertThat(trail.entries("content-approval", String.valueOf(id(pi)))).filteredOn(e -> e.element().equals("approveByHead"))
                .isNotEmpty().extracting(AuditEntry::delegationRef).containsOnly(delegation.reference());
    }

    @Test
    void aRevokedOrOutOfScopeDelegationTakesTheHeadsTaskBack() {
        ProcessInstance pi = vettedAndRouted("article", "economy", "normal");
        driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));
        Delegation signing = delegate("phoban.tttt", DelegationScope.SIGN_PAPERS);
        assertThat(candidateUsers(driver.openTask(pi, "approveByHead"))).as("signing papers is not approving content").isEmpty();

        delegations.revoke(HEAD, signing.id());
        Delegation approving = delegate("phoban.tttt", DelegationScope.APPROVE_CONTENT);
        driver.as("phoban.tttt");
        try {
            tasks.claim(driver.openTask(pi, "approveByHead").getId(), "phoban.tttt");
        } finally {
            driver.asNobody();
        }
        delegations.revoke(HEAD, approving.id());

        Task approval = driver.openTask(pi, "approveByHead");
        assertThat(candidateUsers(approval)).isEmpty();
        assertThat(approval.getAssignee()).as("the former delegate's claim is released").isNull();
        assertThat(authorizations.createAuthorizationQuery().userIdIn("phoban.tttt").resourceType(Resources.TASK)
                .resourceId(approval.getId()).count()).as("and the right the engine gave with it").isZero();
        assertThatThrownBy(() -> driver.work(pi, "approveByHead", "phoban.tttt", decision("headDecision", "approve")))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void theHeadHimselfApprovesActingForNobody() {
        ProcessInstance pi = vettedAndRouted("news", "politics", "normal");
        driver.work(pi, "appraiseSubmission", "tv.chinhtri", decision("appraisalDecision", "approve"));

        driver.work(pi, "approveByHead", "truongban", decision("headDecision", "approve"));

        assertThat(service.auditTrail(id(pi)).decisions()).filteredOn(d -> d.taskKey().equals("approveByHead"))
                .extracting(DecisionRecord::actorId, DecisionRecord::actorRole, DecisionRecord::actingFor)
                .containsExactly(tuple("truongban", "board-head", null));
    }

    @Test
    void anApprovedItemWaitsForTheRequestedPublicationDate() {
        LocalDate requested = LocalDate.now(ZONE).plusDays(3);
        ProcessInstance pi = driver.start("ctv.lan", submission("news", "economy", "normal")
                .putValue("requestedPublicationDate", requested.toString()));
        driver.work(pi, "vetSubmission", "ttth.an", decision("vetDecision", "forward"));
        driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));

        assertThat(pi).isWaitingAt("requestedDateReached").hasNotPassed("publishItem");
        assertThat(publisher.latest("content-" + id(pi))).as("not in the feed before its day").isEmpty();
        assertThat(driver.timer(pi, "requestedDateReached").getDuedate())
                .isEqualTo(Date.from(requested.atStartOfDay(ZONE).toInstant()));

        driver.fire(pi, "requestedDateReached");

        assertThat(pi).hasPassed("publishItem").isWaitingAt("checkPublishedItem");
        assertThat(publisher.latest("content-" + id(pi))).isPresent();
    }

    @Test
    void boardMembersAndTheSecretariatSubmitWorksButNobodyAppraisesTheirOwn() {
        // Đ17.2 speaks of the works of the board's members and secretariat for the portal
        ProcessInstance bySecretariat = driver.start("tgv.thu", submission("news", "culture-society", "normal"));
        assertThat(record(bySecretariat).submitterGroup()).isEqualTo("secretariat");
        ProcessInstance byMember = driver.start("tv.kinhte", submission("news", "economy", "normal"));
        assertThat(record(byMember).submitterGroup()).isEqualTo("board-members");
        driver.work(byMember, "vetSubmission", "ttth.an", decision("vetDecision", "forward"));

        assertThatThrownBy(() -> driver.work(byMember, "appraiseSubmission", "tv.kinhte",
                decision("appraisalDecision", "approve")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("không tự thẩm định, biên tập tin bài của mình");
        assertThat(record(byMember).status()).isEqualTo(SubmissionStatus.IN_APPRAISAL);
    }

    @Test
    void legalDocumentsComeFromTheProvincialOfficeAndTheFieldsMemberAppraisesThem() {
        // Đ9.2: the office deputy ensures they are supplied; Đ10.3: the legal field's member appraises
        ProcessInstance pi = driver.start("vpubnd.vanthu", submission("legal-document", "legal", "normal"));
        driver.work(pi, "vetSubmission", "ttth.an", decision("vetDecision", "forward"));

        assertThat(candidateGroups(driver.openTask(pi, "appraiseSubmission"))).containsExactly("member-legal");
        driver.work(pi, "appraiseSubmission", "tv.phapluat", decision("appraisalDecision", "approve"));

        assertThat(pi).hasNotPassed("approveByHead").isWaitingAt("checkPublishedItem");
        assertThat(candidateGroups(driver.openTask(pi, "checkPublishedItem"))).containsExactly("member-legal");
    }

    // --- after publication ---------------------------------------------------------------------

    @Test
    void aCorrectionIsPublishedAsANewVersion() {
        ProcessInstance pi = vettedAndRouted("news", "economy", "normal");
        driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));
        Map<String, Object> correction = decision("checkDecision", "correct", "checkComment", "Sai tên cầu");
        correction.put("content", json(content("Khánh thành cầu Cồn Tiên", "Cầu mới nối hai bờ sông Hậu, rút ngắn đường đi.",
                "<p>Sáng nay, cầu Cồn Tiên đã được <strong>khánh thành</strong>.</p>")));

        driver.work(pi, "checkPublishedItem", "tv.kinhte", correction);

        assertThat(pi).isEnded().hasPassed("publishCorrection", "notifyRequesterCorrected");
        PublishedItem current = publisher.current("content-" + id(pi)).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.title()).isEqualTo("Khánh thành cầu Cồn Tiên");
        assertThat(current.changeNote()).isEqualTo("Sai tên cầu");
        assertThat(record(id(pi)).contentVersion()).isEqualTo(2);
        assertThat(mails.of(pi.getId())).last().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("ctv.lan@example.vn");
            assertThat(mail.body()).contains("Đã đăng bản đính chính trên Cổng", "Sai tên cầu");
        });
    }

    @Test
    void aCorrectionOfAnItemTheHeadApprovedGoesThroughTheHeadAgain() {
        // Đ7.1: the correction goes through the approvals the item went through
        ProcessInstance pi = vettedAndRouted("article", "economy", "normal");
        driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));
        driver.work(pi, "approveByHead", "truongban", decision("headDecision", "approve"));
        driver.work(pi, "checkPublishedItem", "tv.kinhte", correctedTitle("Khánh thành cầu Cồn Tiên"));

        assertThat(pi).isWaitingAt("approveCorrectionByHead").hasNotPassed("publishCorrection");
        assertThat(candidateGroups(driver.openTask(pi, "approveCorrectionByHead"))).containsExactly("board-head");
        assertThat(publisher.current("content-" + id(pi)).orElseThrow().version()).as("not yet in the feed").isEqualTo(1);

        driver.work(pi, "approveCorrectionByHead", "truongban", decision("correctionHeadDecision", "approve"));

        assertThat(pi).isEnded().hasPassed("publishCorrection", "notifyRequesterCorrected");
        assertThat(publisher.current("content-" + id(pi)).orElseThrow())
                .extracting(PublishedItem::version, PublishedItem::title).containsExactly(2, "Khánh thành cầu Cồn Tiên");
    }

    @Test
    void aCorrectionTheHeadDoesNotApproveLeavesTheFeedAsItWas() {
        ProcessInstance pi = vettedAndRouted("article", "economy", "normal");
        driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));
        driver.work(pi, "approveByHead", "truongban", decision("headDecision", "approve"));
        String published = publisher.current("content-" + id(pi)).orElseThrow().title();
        driver.work(pi, "checkPublishedItem", "tv.kinhte", correctedTitle("Tiêu đề sửa sai"));

        driver.work(pi, "approveCorrectionByHead", "truongban",
                decision("correctionHeadDecision", "reject", "correctionHeadComment", "Tiêu đề cũ đúng"));

        assertThat(pi).isEnded().hasPassed("keepPublishedContent", "correctionRefused").hasNotPassed("publishCorrection");
        assertThat(publisher.current("content-" + id(pi)).orElseThrow().version()).isEqualTo(1);
        Submission kept = record(id(pi));
        assertThat(kept.title()).as("the record goes back to what the feed shows").isEqualTo(published);
        assertThat(kept.contentVersion()).as("the refused text stays as version 2 in the trail").isEqualTo(3);
    }

    Map<String, Object> correctedTitle(String title) {
        Map<String, Object> correction = decision("checkDecision", "correct", "checkComment", "Sửa tiêu đề");
        correction.put("content", json(content(title, "Cầu mới nối hai bờ sông Hậu, rút ngắn đường đi.",
                "<p>Sáng nay, cầu Châu Đốc đã được <strong>khánh thành</strong>.</p>")));
        return correction;
    }

    @Test
    void aTakeDownRemovesTheItemAndKeepsTheReason() {
        ProcessInstance pi = vettedAndRouted("announcement", "culture-society", "normal");
        driver.work(pi, "appraiseSubmission", "tv.vanhoa", decision("appraisalDecision", "approve"));

        driver.work(pi, "checkPublishedItem", "tv.vanhoa",
                decision("checkDecision", "take-down", "checkComment", "Thông báo đã hết hiệu lực"));

        assertThat(pi).isEnded().hasPassed("takeDownItem", "notifyRequesterTakenDown");
        assertThat(publisher.current("content-" + id(pi))).isEmpty();
        assertThat(publisher.versions("content-" + id(pi))).extracting(PublishedItem::state, PublishedItem::withdrawalReason)
                .containsExactly(tuple(PublishedItem.State.TAKEN_DOWN, "Thông báo đã hết hiệu lực"));
        assertThat(record(id(pi)).status()).isEqualTo(SubmissionStatus.TAKEN_DOWN);
    }

    // --- return and resubmit ---------------------------------------------------------------

    @Test
    void returnedByVettingResubmittedAndVettedAgain() {
        ProcessInstance pi = driver.start("ctv.lan", submission("news", "economy", "normal"));
        driver.work(pi, "vetSubmission", "ttth.an", decision("vetDecision", "return", "vetComment", "Thiếu ảnh minh họa"));

        assertThat(pi).hasPassed("notifyRequesterReturned").isWaitingAt("reviseSubmission");
        Task revise = driver.openTask(pi, "reviseSubmission");
        assertThat(revise.getAssignee()).isEqualTo("ctv.lan");
        assertThat(runtime.getVariable(pi.getId(), "returnReason")).isEqualTo("Thiếu ảnh minh họa");
        assertThat(mails.of(pi.getId())).filteredOn(m -> m.template().equals("request-outcome")).last()
                .satisfies(mail -> {
                    assertThat(mail.recipient()).isEqualTo("ctv.lan@example.vn");
                    assertThat(mail.body()).contains("Trả lại để bổ sung, chỉnh sửa", "Thiếu ảnh minh họa");
                });
        assertThat(mails.of(pi.getId())).last().extracting(Mails.Mail::template, Mails.Mail::recipient)
                .as("the revision task is the submitter's").containsExactly("task-created", "ctv.lan@example.vn");

        Map<String, Object> revised = decision("revisionDecision", "resubmit");
        revised.put("content", json(content("Khánh thành cầu Châu Đốc", "Cầu mới nối hai bờ sông Hậu.",
                "<p>Sáng nay cầu đã khánh thành.</p><figure><img src=\"https://angiang.gov.vn/cau.jpg\" alt=\"Cầu\"></figure>")));
        driver.work(pi, "reviseSubmission", "ctv.lan", revised);

        assertThat(pi).isWaitingAt("vetSubmission");
        assertThat(runtime.getVariable(pi.getId(), "vetDecision")).as("a new round asks anew").isNull();
        assertThat(record(pi).contentVersion()).isEqualTo(2);
        driver.work(pi, "vetSubmission", "ttth.binh", decision("vetDecision", "forward"));
        assertThat(pi).isWaitingAt("appraiseSubmission");
    }

    @Test
    void returnedByAppraisalAndWithdrawnByTheSubmitter() {
        ProcessInstance pi = vettedAndRouted("photo-story", "culture-society", "normal");
        driver.work(pi, "appraiseSubmission", "tv.vanhoa",
                decision("appraisalDecision", "return", "appraisalComment", "Ảnh chưa rõ tác giả"));
        assertThat(pi).isWaitingAt("reviseSubmission");

        driver.work(pi, "reviseSubmission", "ctv.lan", decision("revisionDecision", "withdraw"));

        assertThat(pi).isEnded().hasPassed("submissionWithdrawn");
        assertThat(record(id(pi)).status()).isEqualTo(SubmissionStatus.WITHDRAWN);
    }

    @Test
    void theHeadReturnsToTheMemberWhoAppraisesAgain() {
        ProcessInstance pi = vettedAndRouted("article", "science-tech", "normal");
        driver.work(pi, "appraiseSubmission", "tv.khcn", decision("appraisalDecision", "approve"));

        driver.work(pi, "approveByHead", "truongban", decision("headDecision", "return", "headComment", "Bổ sung số liệu"));

        assertThat(pi).hasPassed("headDecided").isWaitingAt("appraiseSubmission");
        assertThat(record(pi).status()).isEqualTo(SubmissionStatus.IN_APPRAISAL);
        driver.work(pi, "appraiseSubmission", "tv.khcn", decision("appraisalDecision", "approve"));
        assertThat(pi).isWaitingAt("approveByHead");
    }

    // --- rejection at each stage ---------------------------------------------------------------

    @Test
    void rejectedAtVetting() {
        ProcessInstance pi = driver.start("sxd.vanthu", submission("news", "economy", "normal"));

        driver.work(pi, "vetSubmission", "ttth.an", decision("vetDecision", "reject", "vetComment", "Trùng tin đã đăng"));

        assertThat(pi).isEnded().hasPassed("notifyRequesterRejectedAtVetting");
        assertThat(record(id(pi)).status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(record(id(pi)).submitterGroup()).isEqualTo("agency-construction");
        assertThat(mails.of(pi.getId())).last().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("vanthu@sxd.angiang.local");
            assertThat(mail.body()).contains("Từ chối đăng", "Trùng tin đã đăng");
        });
    }

    @Test
    void rejectedAtAppraisal() {
        ProcessInstance pi = vettedAndRouted("news", "legal", "normal");

        driver.work(pi, "appraiseSubmission", "tv.phapluat",
                decision("appraisalDecision", "reject", "appraisalComment", "Thông tin chưa được kiểm chứng"));

        assertThat(pi).isEnded().hasPassed("notifyRequesterRejectedAtAppraisal");
        assertThat(record(id(pi)).status()).isEqualTo(SubmissionStatus.REJECTED);
    }

    @Test
    void rejectedByTheHead() {
        ProcessInstance pi = driver.start("vpubnd.vanthu", submission("press-information", "economy", "normal"));
        driver.work(pi, "vetSubmission", "ttth.an", decision("vetDecision", "forward"));
        driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));

        driver.work(pi, "approveByHead", "truongban", decision("headDecision", "reject", "headComment", "Chưa đến lúc công bố"));

        assertThat(pi).isEnded().hasPassed("notifyRequesterRejectedByHead");
        assertThat(record(id(pi)).status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(publisher.latest("content-" + id(pi))).isEmpty();
    }

    // --- deadlines: reminder before, escalation after -------------------------------------------

    ProcessInstance at(String taskKey) {
        switch (taskKey) {
            case "vetSubmission":
                return driver.start("ctv.minh", submission("article", "economy", "normal"));
            case "reviseSubmission": {
                ProcessInstance pi = driver.start("ctv.minh", submission("article", "economy", "normal"));
                driver.work(pi, "vetSubmission", "ttth.an", decision("vetDecision", "return", "vetComment", "Bổ sung"));
                return pi;
            }
            case "appraiseSubmission":
                return vettedAndRouted("article", "economy", "normal");
            case "approveByHead": {
                ProcessInstance pi = vettedAndRouted("article", "economy", "normal");
                driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));
                return pi;
            }
            default: {
                ProcessInstance pi = vettedAndRouted("news", "economy", "normal");
                driver.work(pi, "appraiseSubmission", "tv.kinhte", decision("appraisalDecision", "approve"));
                return pi;
            }
        }
    }

    @ParameterizedTest(name = "{0}: reminder {1}, escalation {3}")
    @CsvSource({
            "vetSubmission,      vetReminderDue,      vetReminderSent,      vetOverdue,      vetEscalated,      phoban.tttt",
            "reviseSubmission,   revisionReminderDue, revisionReminderSent, revisionOverdue, revisionEscalated, phoban.tttt",
            "appraiseSubmission, appraisalReminderDue, appraisalReminderSent, appraisalOverdue, appraisalEscalated, phoban.tttt",
            "approveByHead,      headReminderDue,     headReminderSent,     headOverdue,     headEscalated,     truongban tgv.truong",
            "checkPublishedItem, checkReminderDue,    checkReminderSent,    checkOverdue,    checkEscalated,    phoban.tttt",
    })
    void aReminderBeforeTheDueDateAndAnEscalationAfterIt(String taskKey, String reminder, String reminderEnd,
            String overdue, String escalatedEnd, String escalatedTo) {
        // tasks/task-rules.yaml: the ICT deputy hears of the steps' delays (Đ8.3); of the head's own task,
        // with no delegation in force, the head again and the secretariat lead (Đ8.1)
        ProcessInstance pi = at(taskKey);
        Task task = driver.openTask(pi, taskKey);
        Job reminderJob = driver.timer(pi, reminder);
        Job escalationJob = driver.timer(pi, overdue);
        Date due = task.getDueDate();
        assertThat(reminderJob.getDuedate()).isBefore(due);
        assertThat(Math.abs(reminderJob.getDuedate().getTime() - workingDays.before(due, 1).getTime()))
                .as("article: 3 working days, so the reminder is one working day before").isLessThan(60_000);
        assertThat(Math.abs(escalationJob.getDuedate().getTime() - due.getTime())).isLessThan(60_000);

        int mailsBefore = mails.of(pi.getId()).size();
        driver.fire(pi, reminder);

        assertThat(pi).hasPassed(reminderEnd).isWaitingAt(taskKey);
        assertThat(mails.of(pi.getId()).subList(mailsBefore, mails.of(pi.getId()).size()))
                .isNotEmpty()
                .allSatisfy(mail -> assertThat(mail.subject()).isEqualTo("[Ban Biên tập] Sắp đến hạn: " + task.getName()));
        assertThat(service.auditTrail(id(pi)).decisions()).last()
                .extracting(DecisionRecord::taskKey, DecisionRecord::actorId, DecisionRecord::outcome)
                .containsExactly(taskKey, "system", Outcome.REMIND);

        int mailsBeforeEscalation = mails.of(pi.getId()).size();
        driver.fire(pi, overdue);
        assertThat(mails.of(pi.getId()).subList(mailsBeforeEscalation, mails.of(pi.getId()).size()))
                .extracting(Mails.Mail::recipient, Mails.Mail::subject)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(escalatedTo.split(" "))
                        .map(user -> tuple(user + "@bbt.angiang.local", "[Ban Biên tập] Quá hạn xử lý: " + task.getName()))
                        .toList());

        assertThat(pi).hasPassed(escalatedEnd).isWaitingAt(taskKey);
        Task escalated = driver.openTask(pi, taskKey);
        assertThat(escalated.getId()).as("the task goes on, the same").isEqualTo(task.getId());
        if (taskKey.equals("approveByHead")) {
            assertThat(candidateGroups(escalated)).as("the head's task stays the head's").containsExactly("board-head");
        } else {
            assertThat(candidateGroups(escalated)).contains("deputy-head-ict");
        }
        assertThat(escalated.getPriority()).isEqualTo(80);
        assertThat(service.auditTrail(id(pi)).decisions()).last()
                .extracting(DecisionRecord::taskKey, DecisionRecord::outcome)
                .containsExactly(taskKey, Outcome.ESCALATE);
    }

    @Test
    void anOverdueHeadApprovalIsToldToTheDelegateInForce() {
        ProcessInstance pi = at("approveByHead");
        Task task = driver.openTask(pi, "approveByHead");
        delegate("phoban.vp", DelegationScope.APPROVE_CONTENT);

        int mailsBefore = mails.of(pi.getId()).size();
        driver.fire(pi, "headOverdue");

        assertThat(mails.of(pi.getId()).subList(mailsBefore, mails.of(pi.getId()).size()))
                .extracting(Mails.Mail::recipient)
                .containsExactly("phoban.vp@bbt.angiang.local");
        assertThat(candidateUsers(driver.openTask(pi, "approveByHead"))).containsExactly("phoban.vp");
        assertThat(service.auditTrail(id(pi)).decisions()).last().extracting(DecisionRecord::comment).asString()
                .contains("«" + task.getName() + "» quá hạn", "phoban.vp", "UQ-");
    }

    @Test
    void anUrgentItemIsRemindedHalfwayThroughItsSingleDay() {
        ProcessInstance pi = driver.start("ctv.lan", submission("news", "economy", "urgent"));
        Task vet = driver.openTask(pi, "vetSubmission");

        assertThat(LocalDate.ofInstant(vet.getDueDate().toInstant(), ZONE))
                .isEqualTo(workingDays.addWorkingDays(LocalDate.now(ZONE), 1));
        Job reminder = driver.timer(pi, "vetReminderDue");
        assertThat(reminder.getDuedate()).isBefore(vet.getDueDate()).isAfter(new Date());
    }
}
