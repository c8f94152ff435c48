package vn.angiang.editorial.feedback;

import java.time.LocalDate;
import java.util.Set;

import vn.angiang.editorial.platform.delegation.Delegation;
import vn.angiang.editorial.platform.delegation.DelegationRequest;
import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Delegations;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.Actor;

import vn.angiang.editorial.platform.validation.InputRefused;

import vn.angiang.editorial.feedback.process.FeedbackProcessStarter;
import vn.angiang.editorial.feedback.web.PublicStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import vn.angiang.editorial.support.ProcessCoverageGate;

/**
 * Every path of {@code feedback-handling} on the real application (H2, job executor off: jobs and
 * timers are run by the test): not accepted, answered by the board, forwarded and answered, sent back
 * by the agency, returned by the reviewer (to the agency and to the IT center), reminders, escalation,
 * and the official's start form. The coverage report (target/process-test-coverage) must show every
 * flow node and sequence flow covered.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:feedback-process;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false",
        // the instances of public submissions are started by the test too
        "editorial.feedback.intake.background-start=false",
        "camunda.bpm.process-engine-name=feedbackProcessTest",
        // the paths, not the rights: who may see and work which task is tested on PostgreSQL through REST
        // (FeedbackOnPostgresIT); the coverage recorder reads models as the current user
        "camunda.bpm.authorization.enabled=false"})
@Import(FeedbackProcessTest.Coverage.class)
class FeedbackProcessTest {

    @TestConfiguration(proxyBeanMethods = false)
    @Import(ProcessCoverageGate.class)
    static class Coverage {
        /** The class must cover at least the floor of feedback-handling's flow nodes and sequence flows. */
        @Bean
        @Primary
        ProcessEngineCoverageProperties feedbackHandlingCoverageGate() {
            return ProcessCoverageGate.forModel("feedback-handling");
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired FeedbackIntake intake;
    @Autowired FeedbackProcessStarter starter;
    @Autowired FeedbackService service;
    @Autowired FeedbackRepository repository;
    @Autowired vn.angiang.editorial.platform.publishing.Publisher publisher;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired Papers papers;
    @Autowired Delegations delegations;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void logout() {
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    static FeedbackForm form(String topic, String area) {
        return new FeedbackForm("Nguyễn Văn Hùng", "12 Trần Hưng Đạo, phường Long Xuyên", "0912 345 678",
                "hung.nguyen@example.vn", "Trạm y tế đóng cửa giờ hành chính",
                "Tôi là Nguyễn Văn Hùng, số điện thoại 0912 345 678. Trạm y tế phường thường đóng cửa lúc 15 giờ, "
                        + "người dân không khám được.", topic, area);
    }

    /**
     * A citizen submits on the web; the instance is started (as the background starter does); the job
     * after the save point runs; the case waits for classification.
     */
    ProcessInstance submitted(String topic, String area) {
        Feedback feedback = intake.submit(form(topic, area));
        assertThat(starter.startWaiting()).isEqualTo(1);
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(feedback.trackingCode()).singleResult();
        assertThat(pi).isWaitingAt("registerFeedback");
        execute(job());
        assertThat(pi).isWaitingAt("classifyFeedback");
        return pi;
    }

    Feedback record(ProcessInstance pi) {
        String code = history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
        return repository.findByTrackingCode(code).orElseThrow();
    }

    /** Completes a task as the given user would from Tasklist: authenticated only for that call. */
    void completeAs(String user, String group, Task task, Map<String, Object> variables) {
        identity.setAuthentication(user, List.of(group));
        try {
            complete(task, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    static List<String> candidateGroups(TaskService tasks, Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList();
    }

    /** The IT center proposes, the head approves the slip (Đ5.4, Đ14.3): the case is at the agency. */
    void forward(ProcessInstance pi, String agency) {
        completeAs("ttth.an", "it-center", task(pi), withVariables("classification", "forward", "agencyGroup", agency));
        assertThat(pi).isWaitingAt("approveForwarding");
        completeAs("truongban", "board-head", task(pi), withVariables("forwardDecision", "approve"));
        assertThat(pi).isWaitingAt("answerFeedback");
    }

    void agencyAnswers(ProcessInstance pi, String user, String agency) {
        completeAs(user, agency, task(pi), withVariables("agencyResponse", "answer", "agencyAnswer",
                "Sở Y tế đã yêu cầu trạm y tế mở cửa đến 17 giờ. Ông Nguyễn Văn Hùng có thể liên hệ 0296 3852 123."));
        assertThat(pi).isWaitingAt("reviewAnswer");
    }

    void accept(ProcessInstance pi) {
        completeAs("tv.vanhoa", "board-members", task(pi), withVariables("reviewDecision", "accept"));
    }

    /** A suspended process (say, paused in Cockpit) delays the public submissions; none is lost or started twice. */
    @Test
    void submissionsWaitWhileTheProcessIsSuspended() {
        engine.getRepositoryService().suspendProcessDefinitionByKey(FeedbackVariables.PROCESS_KEY);
        Feedback waiting;
        try {
            waiting = intake.submit(form("health", "long-xuyen"));
            assertThat(starter.startWaiting()).isZero();
            assertThat(repository.find(waiting.id()).orElseThrow().processInstanceId()).isNull();
        } finally {
            engine.getRepositoryService().activateProcessDefinitionByKey(FeedbackVariables.PROCESS_KEY);
        }
        assertThat(starter.startWaiting()).isEqualTo(1);
        assertThat(starter.startWaiting()).isZero();
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(waiting.trackingCode()).singleResult();
        assertThat(repository.find(waiting.id()).orElseThrow().processInstanceId()).isEqualTo(pi.getId());
        assertThat(pi).isWaitingAt("registerFeedback");
        execute(job());
        assertThat(pi).isWaitingAt("classifyFeedback");
    }

    @Test
    void notAccepted() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        Task classify = task(pi);
        assertThat(candidateGroups(tasks, classify)).containsExactly("it-center");
        Feedback received = record(pi);
        assertThat(classify.getDueDate()).isEqualTo(java.util.Date.from(received.classifyDue().toInstant()));
        assertThat(Duration.between(received.createdAt(), received.classifyDue()).toDays()).isBetween(5L, 13L);
        completeAs("ttth.an", "it-center", classify, withVariables("classification", "reject",
                "rejectionReason", "Nội dung không có địa chỉ cụ thể của trạm y tế, đề nghị bổ sung."));

        assertThat(pi).hasPassed("notifySenderNotAccepted").isEnded().hasPassed("feedbackNotAccepted");
        Feedback f = record(pi);
        assertThat(f.status()).isEqualTo(FeedbackStatus.NOT_ACCEPTED);
        assertThat(service.events(f.id())).extracting(FeedbackEvent::step, FeedbackEvent::actorId, FeedbackEvent::outcome)
                .containsExactly(tuple("feedbackReceived", FeedbackEvent.CITIZEN, "received"),
                        tuple("proposeAgency", FeedbackEvent.SYSTEM, "proposed"),
                        tuple("classifyFeedback", "ttth.an", "reject"),
                        tuple("notifySender", FeedbackEvent.SYSTEM, "mailed"));
        assertThat(mails(f, "hung.nguyen@example.vn")).extracting(m -> m.get("template"))
                .containsExactly(FeedbackMail.NOT_ACCEPTED);
        assertThat(mails(f, "hung.nguyen@example.vn").get(0).get("body").toString())
                .contains("đề nghị bổ sung", f.trackingCode());
        PublicStatus shown = PublicStatus.of(f, FeedbackTestCatalog.catalog());
        assertThat(shown.statusLabel()).isEqualTo("Không đủ điều kiện xử lý");
        assertThat(shown.rejectionReason()).contains("đề nghị bổ sung");
        assertThat(shown.answer()).isNull();
    }

    @Test
    void answeredByTheBoard() {
        ProcessInstance pi = submitted("portal", "chau-doc");
        assertThat(pi).variables().containsEntry("proposedAgency", "board").containsEntry("classification", "answer");
        completeAs("ttth.binh", "it-center", task(pi), withVariables("classification", "answer",
                "boardAnswer", "Dịch vụ công trực tuyến đã hoạt động lại từ ngày 10/3. Xin cảm ơn Ông/Bà."));
        assertThat(pi).isWaitingAt("reviewAnswer");
        Task review = task(pi);
        assertThat(candidateGroups(tasks, review)).containsExactly("board-members");
        assertThat(review.getDueDate()).isEqualTo(java.util.Date.from(record(pi).publishDue().toInstant()));

        accept(pi);

        assertThat(pi).hasPassed("publishAnswer", "notifySenderAnswered").isEnded().hasPassed("feedbackAnswered");
        Feedback f = record(pi);
        assertThat(f.status()).isEqualTo(FeedbackStatus.ANSWERED);
        assertThat(f.handledBy()).isEqualTo(Feedback.HANDLED_BY_BOARD);
        assertThat(f.publicAnswer()).isEqualTo("Dịch vụ công trực tuyến đã hoạt động lại từ ngày 10/3. Xin cảm ơn Ông/Bà.");
        PublicStatus shown = PublicStatus.of(f, FeedbackTestCatalog.catalog());
        assertThat(shown.statusLabel()).isEqualTo("Đã trả lời");
        assertThat(shown.handlingAgency()).isEqualTo("Ban Biên tập Cổng thông tin điện tử");
        assertThat(shown.toString()).doesNotContain("Nguyễn Văn Hùng", "0912", "345 678", "hung.nguyen", "Trần Hưng Đạo");
    }

    @Test
    void forwardedAnsweredAndPublishedWithoutPersonalData() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        assertThat(pi).variables().containsEntry("proposedAgency", "agency-health").containsEntry("agencyGroup", "agency-health")
                .containsEntry("itemTitle", "Trạm y tế đóng cửa giờ hành chính")
                .doesNotContainKey("senderName").doesNotContainKey("senderEmail");

        forward(pi, "agency-health");
        Task answer = task(pi);
        assertThat(candidateGroups(tasks, answer)).containsExactly("agency-health");
        Feedback forwarded = record(pi);
        assertThat(forwarded.status()).isEqualTo(FeedbackStatus.FORWARDED);
        assertThat(Duration.between(forwarded.forwardedAt(), forwarded.answerDue())).isEqualTo(Duration.ofDays(20));
        assertThat(answer.getDueDate()).isEqualTo(java.util.Date.from(forwarded.answerDue().toInstant()));
        assertThat(PublicStatus.of(forwarded, FeedbackTestCatalog.catalog()).statusLabel()).isEqualTo("Đang xử lý");

        agencyAnswers(pi, "syt.vanthu", "agency-health");
        assertThat(pi).variables().containsEntry("answeredByLabel", "agency-health");
        String proposedQuestion = (String) runtime.getVariable(pi.getId(), "publicQuestion");
        assertThat(proposedQuestion).doesNotContain("Nguyễn Văn Hùng", "0912 345 678").contains(PersonalDataRedactor.MASK);
        accept(pi);

        assertThat(pi).isEnded().hasPassed("feedbackAnswered");
        Feedback f = record(pi);
        assertThat(f.answeredBy()).isEqualTo("syt.vanthu");
        assertThat(f.publicAnswer()).startsWith("Sở Y tế đã yêu cầu trạm y tế mở cửa đến 17 giờ.")
                .doesNotContain("Nguyễn Văn Hùng", "0296 3852 123");
        assertThat(f.publicQuestion()).contains("Trạm y tế phường thường đóng cửa").doesNotContain("Nguyễn Văn Hùng", "0912");
        var item = publisher.current(FeedbackService.FEED_KIND + "-" + f.id()).orElseThrow();
        assertThat(item.title()).isEqualTo("Trạm y tế đóng cửa giờ hành chính");
        assertThat(item.sourceAgency()).isEqualTo("Sở Y tế");
        assertThat(item.bodyHtml()).startsWith("<h2>Nội dung phản ánh, kiến nghị</h2><p>").contains("<h2>Trả lời</h2>", "mở cửa đến 17 giờ")
                .doesNotContain("Nguyễn Văn Hùng", "0912 345 678", "hung.nguyen", "0296 3852 123");
        assertThat(service.events(f.id())).extracting(FeedbackEvent::step, FeedbackEvent::actorId, FeedbackEvent::outcome)
                .containsSubsequence(tuple("classifyFeedback", "ttth.an", "forward"),
                        tuple("approveForwarding", "truongban", "approve"),
                        tuple("issueForwardingSlip", FeedbackEvent.SYSTEM, "slip-issued"),
                        tuple("answerFeedback", "syt.vanthu", "answer"),
                        tuple("reviewAnswer", "tv.vanhoa", "accept"),
                        tuple("publishAnswer", "tv.vanhoa", "published"));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).as("timers gone").isZero();
        assertThat(mails(f, "hung.nguyen@example.vn")).extracting(m -> m.get("template")).containsExactly(FeedbackMail.ANSWERED);
        assertThat(mails(f, "vanthu@syt.angiang.local")).as("the board's slip, then the agency's new task")
                .extracting(m -> m.get("template")).containsExactly(FeedbackMail.FORWARDED, "task-created");
    }

    @Test
    void forwardingIsTheBoardsActTheHeadApprovesAndSignsTheSlip() {
        // Đ5.4: the board forwards; Đ14.3: the head signs the board's papers to agencies
        ProcessInstance pi = submitted("health", "long-xuyen");
        completeAs("ttth.an", "it-center", task(pi), withVariables("classification", "forward", "agencyGroup", "agency-health"));

        Task approval = task(pi);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("approveForwarding");
        assertThat(candidateGroups(tasks, approval)).containsExactly("board-head");
        assertThat(record(pi).status()).isEqualTo(FeedbackStatus.AWAITING_FORWARD_APPROVAL);
        assertThat(record(pi).forwardedAt()).as("the agency's time has not started").isNull();

        completeAs("truongban", "board-head", approval, withVariables("forwardDecision", "approve"));

        Feedback f = record(pi);
        assertThat(f.status()).isEqualTo(FeedbackStatus.FORWARDED);
        IssuedPaper slip = papers.list(FeedbackVariables.PROCESS_KEY, f.trackingCode()).get(0);
        assertThat(slip.symbol()).endsWith("/PC-BBT");
        assertThat(slip.signedBy()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(pi).variables().containsEntry("forwardingSlip", slip.symbol())
                .containsEntry("forwardingSlipUrl", "/api/feedback/" + f.trackingCode() + "/papers/" + slip.id() + ".pdf");
        String text = pdfText(papers.file(slip.id(), PaperFormat.PDF).orElseThrow());
        assertThat(text).contains("PHIẾU CHUYỂN", "Số: " + slip.symbol(), "Kính gửi: Sở Y tế", f.trackingCode(),
                "TRƯỞNG BAN", "Nguyễn Văn Hùng");
        assertThat(mails(f, "vanthu@syt.angiang.local").get(0).get("body").toString())
                .contains("Phiếu chuyển: số " + slip.symbol(), "20 ngày kể từ ngày chuyển");
    }

    @Test
    void aDeputySignsTheSlipOnlyUnderADelegationToSignPapers() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        completeAs("ttth.an", "it-center", task(pi), withVariables("classification", "forward", "agencyGroup", "agency-health"));
        Task approval = task(pi);
        assertThatThrownBy(() -> completeAs("phoban.tttt", "deputy-head-ict", approval, withVariables("forwardDecision", "approve")))
                .as("Đ8.1: no delegation, no signature").isInstanceOf(RuntimeException.class);
        assertThat(pi).isWaitingAt("approveForwarding");

        LocalDate today = delegations.today();
        Delegation delegation = delegations.record(new Actor("truongban", "board-head", Set.of("board-head"), null, null),
                new DelegationRequest(null, "phoban.tttt", Set.of(DelegationScope.SIGN_PAPERS), today, today.plusDays(2),
                        "Giấy ủy quyền số 09/GUQ-BBT"));
        try {
            completeAs("phoban.tttt", "deputy-head-ict", task(pi), withVariables("forwardDecision", "approve"));
            Feedback f = record(pi);
            IssuedPaper slip = papers.list(FeedbackVariables.PROCESS_KEY, f.trackingCode()).get(0);
            assertThat(slip.signedFor()).isNotNull();
            assertThat(slip.delegationRef()).isEqualTo(delegation.reference());
            assertThat(pdfText(papers.file(slip.id(), PaperFormat.PDF).orElseThrow()))
                    .contains("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Mai");
            assertThat(service.events(f.id())).filteredOn(e -> e.step().equals("approveForwarding"))
                    .extracting(FeedbackEvent::actorId).containsExactly("phoban.tttt");
        } finally {
            delegations.revoke(new Actor("truongban", "board-head", Set.of("board-head"), null, null), delegation.id());
        }
    }

    @Test
    void theHeadReturnsAProposalAndTheItCenterGetsANewTimeToClassify() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        Feedback received = record(pi);
        completeAs("ttth.an", "it-center", task(pi), withVariables("classification", "forward", "agencyGroup", "agency-health"));

        completeAs("truongban", "board-head", task(pi), withVariables("forwardDecision", "return",
                "forwardComment", "Nội dung thuộc địa bàn phường, chuyển UBND phường."));

        assertThat(pi).isWaitingAt("classifyFeedback");
        Feedback back = record(pi);
        assertThat(back.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(back.classifyDue()).isAfterOrEqualTo(received.classifyDue());
        assertThat(task(pi).getDueDate()).isEqualTo(java.util.Date.from(back.classifyDue().toInstant()));
        assertThat(pi).variables().containsEntry("returnReason",
                "Lãnh đạo Ban trả lại đề xuất chuyển: Nội dung thuộc địa bàn phường, chuyển UBND phường.");
    }

    @Test
    void whatNoSingleAgencyCanSettleGoesToThePeoplesCommitteeThroughItsOffice() {
        // Đ5.4: the board advises the People's Committee to direct the competent agency
        ProcessInstance pi = submitted("health", "long-xuyen");
        completeAs("ttth.an", "it-center", task(pi), withVariables("classification", "advise-committee"));
        completeAs("truongban", "board-head", task(pi), withVariables("forwardDecision", "approve"));

        assertThat(pi).isWaitingAt("answerFeedback");
        Feedback f = record(pi);
        assertThat(f.agencyGroup()).isEqualTo("agency-provincial-office");
        IssuedPaper advice = papers.list(FeedbackVariables.PROCESS_KEY, f.trackingCode()).get(0);
        assertThat(pdfText(papers.file(advice.id(), PaperFormat.PDF).orElseThrow()))
                .contains("Kiến nghị chỉ đạo giải quyết", "Kính gửi: Ủy ban nhân dân tỉnh An Giang", "xem xét, chỉ đạo cơ quan");
    }

    @Test
    void aComplaintIsNotFeedbackAndTheSenderIsToldWhereToSendIt() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        completeAs("ttth.an", "it-center", task(pi), withVariables("classification", "out-of-scope",
                "rejectionReason", "Đơn khiếu nại gửi Thanh tra tỉnh theo Luật Khiếu nại."));

        assertThat(pi).isEnded().hasPassed("feedbackNotAccepted");
        Feedback f = record(pi);
        assertThat(f.status()).isEqualTo(FeedbackStatus.OUT_OF_SCOPE);
        assertThat(mails(f, "hung.nguyen@example.vn")).extracting(m -> m.get("template")).containsExactly(FeedbackMail.OUT_OF_SCOPE);
        assertThat(mails(f, "hung.nguyen@example.vn").get(0).get("body").toString()).contains("Thanh tra tỉnh");
        assertThat(PublicStatus.of(f, FeedbackTestCatalog.catalog()).statusLabel())
                .isEqualTo("Không thuộc phạm vi phản ánh, kiến nghị");
    }

    static String pdfText(byte[] pdf) {
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            StringBuilder text = new StringBuilder();
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sentBackByTheAgencyAsNotWithinItsCompetence() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        forward(pi, "agency-education");
        assertThat(candidateGroups(tasks, task(pi))).containsExactly("agency-education");
        completeAs("sgd.vanthu", "agency-education", task(pi), withVariables("agencyResponse", "not-competent", "agencyAnswer", "Việc của ngành y tế."));

        assertThat(pi).isWaitingAt("classifyFeedback");
        assertThat(pi).variables().containsEntry("returnReason", "Sở Giáo dục và Đào tạo trả lại (không thuộc thẩm quyền): Việc của ngành y tế.");
        assertThat(record(pi).status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(record(pi).agencyGroup()).isNull();

        forward(pi, "agency-health");
        agencyAnswers(pi, "syt.vanthu", "agency-health");
        accept(pi);
        assertThat(pi).isEnded().hasPassed("feedbackAnswered");
    }

    @Test
    void answerReturnedByTheReviewerToTheAgency() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        forward(pi, "agency-health");
        agencyAnswers(pi, "syt.vanthu", "agency-health");
        completeAs("tv.vanhoa", "board-members", task(pi), withVariables("reviewDecision", "return", "reviewComment", "Cần nêu rõ thời gian áp dụng."));

        assertThat(pi).isWaitingAt("answerFeedback");
        assertThat(candidateGroups(tasks, task(pi))).containsExactly("agency-health");
        assertThat(pi).variables().containsEntry("reviewComment", "Cần nêu rõ thời gian áp dụng.");
        assertThat(record(pi).status()).isEqualTo(FeedbackStatus.FORWARDED);

        agencyAnswers(pi, "syt.vanthu", "agency-health");
        assertThat(pi).variables().doesNotContainKey("reviewDecision");
        accept(pi);
        assertThat(pi).isEnded().hasPassed("feedbackAnswered");
    }

    @Test
    void boardAnswerReturnedByTheReviewerToTheItCenter() {
        ProcessInstance pi = submitted("portal", "long-xuyen");
        completeAs("ttth.an", "it-center", task(pi), withVariables("classification", "answer", "boardAnswer", "Bản trả lời đầu tiên."));
        completeAs("tv.khcn", "board-members", task(pi), withVariables("reviewDecision", "return", "reviewComment", "Trả lời chưa đủ ý."));

        assertThat(pi).isWaitingAt("classifyFeedback");
        assertThat(pi).variables().containsEntry("returnReason", "Thành viên Ban Biên tập trả lại câu trả lời: Trả lời chưa đủ ý.")
                .containsEntry("boardAnswer", "Bản trả lời đầu tiên.");
        completeAs("ttth.an", "it-center", task(pi), withVariables("classification", "answer", "boardAnswer", "Bản trả lời đầy đủ hơn."));
        accept(pi);
        assertThat(pi).isEnded().hasPassed("feedbackAnswered");
        assertThat(record(pi).publicAnswer()).isEqualTo("Bản trả lời đầy đủ hơn.");
    }

    @Test
    void aProgressReminderEverySevenDaysWhileTheAgencyHasNotAnswered() {
        ProcessInstance pi = submitted("local-affairs", "long-xuyen");
        forward(pi, "commune-long-xuyen");
        Job first = reminderJob(pi);
        Feedback forwarded = record(pi);
        assertThat(Duration.between(forwarded.forwardedAt().toInstant(), first.getDuedate().toInstant()).toDays()).isEqualTo(7);

        ClockUtil.setCurrentTime(first.getDuedate());
        execute(first);
        Job second = reminderJob(pi);
        assertThat(Duration.between(first.getDuedate().toInstant(), second.getDuedate().toInstant()).toMinutes())
                .as("the next reminder a week later").isBetween(7 * 24 * 60 - 1L, 7 * 24 * 60L);
        ClockUtil.setCurrentTime(second.getDuedate());
        execute(second);
        ClockUtil.reset();

        assertThat(pi).hasPassed("remindAgency", "progressNoted").isWaitingAt("answerFeedback");
        Feedback f = record(pi);
        assertThat(mails(f, "vanthu@longxuyen.angiang.local")).extracting(m -> m.get("template"))
                .containsExactly(FeedbackMail.FORWARDED, "task-created", FeedbackMail.REMINDER, FeedbackMail.REMINDER);
        assertThat(service.events(f.id())).filteredOn(e -> e.step().equals("remindAgency")).hasSize(2)
                .allSatisfy(e -> assertThat(e.agencyGroup()).isEqualTo("commune-long-xuyen"));
        PublicStatus shown = PublicStatus.of(f, FeedbackTestCatalog.catalog());
        assertThat(shown.statusLabel()).isEqualTo("Đang xử lý");
        assertThat(shown.lastProgressAt()).isAfterOrEqualTo(forwarded.lastProgressAt());
        assertThat(shown.handlingAgency()).isEqualTo("UBND phường Long Xuyên");
        assertThat(f.escalatedAt()).isNull();

        agencyAnswers(pi, "ubnd.longxuyen", "commune-long-xuyen");
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    }

    @Test
    void anOverdueAnswerIsEscalatedAndFlaggedForTheMonthlyReport() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        forward(pi, "agency-health");
        Job overdue = management.createJobQuery().processInstanceId(pi.getId()).activityId("answerOverdue").singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(java.util.Date.from(record(pi).answerDue().toInstant()));

        execute(overdue);

        assertThat(pi).hasPassed("escalateOverdue", "overdueEscalated").isWaitingAt("answerFeedback");
        Feedback f = record(pi);
        assertThat(f.escalatedAt()).isNotNull();
        assertThat(repository.escalatedBetween(f.escalatedAt().minusMinutes(1), f.escalatedAt().plusMinutes(1)))
                .extracting(Feedback::trackingCode).contains(f.trackingCode());
        assertThat(service.events(f.id())).extracting(FeedbackEvent::step).contains("escalateOverdue");
        assertThat(mails(f, "phoban.tttt@bbt.angiang.local")).as("the deputy head in charge").extracting(m -> m.get("template"))
                .containsExactly(FeedbackMail.OVERDUE);
        assertThat(mails(f, "vanthu@syt.angiang.local")).extracting(m -> m.get("template")).contains(FeedbackMail.OVERDUE);

        agencyAnswers(pi, "syt.vanthu", "agency-health");
        accept(pi);
        assertThat(record(pi).escalatedAt()).as("the flag stays for the report").isEqualTo(f.escalatedAt());
    }

    @Test
    void badDecisionsAreRefusedAndChangeNothing() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        Task classify = task(pi);
        identity.setAuthentication("ttth.an", List.of("it-center"));

        assertThatThrownBy(() -> tasks.complete(classify.getId(), Map.of("classification", "forward", "agencyGroup", "agency-nowhere")))
                .isInstanceOf(InputRefused.class)
                .hasMessageContaining("không phải cơ quan trong sơ đồ tổ chức");
        assertThatThrownBy(() -> tasks.complete(classify.getId(), Map.of("classification", "reject")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("Lý do không đủ điều kiện xử lý là bắt buộc");
        assertThatThrownBy(() -> tasks.complete(classify.getId(), Map.of("classification", "answer",
                "boardAnswer", "<script>alert(1)</script>")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("không được chứa thẻ HTML");
        identity.clearAuthentication();

        assertThat(pi).isWaitingAt("classifyFeedback");
        assertThat(task(pi).getId()).isEqualTo(classify.getId());
        assertThat(record(pi).status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(service.events(record(pi).id())).extracting(FeedbackEvent::step).doesNotContain("classifyFeedback");
    }

    /**
     * No task lands in an empty group: forwarding to an agency without an active member is refused at
     * classification, next to the agency field, and the task stays open. The demo has nobody in Sở Tư pháp.
     */
    @Test
    void forwardingToAnAgencyNobodyWorksInIsRefused() {
        assertThat(identity.createUserQuery().memberOfGroup("agency-justice").count()).as("nobody in Sở Tư pháp").isZero();
        ProcessInstance pi = submitted("justice", "long-xuyen");
        assertThat(pi).variables().containsEntry("proposedAgency", "agency-justice");
        Task classify = task(pi);
        identity.setAuthentication("ttth.an", List.of("it-center"));
        try {
            assertThatThrownBy(() -> tasks.complete(classify.getId(),
                    Map.of("classification", "forward", "agencyGroup", "agency-justice")))
                    .isInstanceOf(InputRefused.class)
                    .satisfies(e -> assertThat(((InputRefused) e).errors()).containsOnlyKeys("agencyGroup"))
                    .hasMessageContaining("Sở Tư pháp chưa có cán bộ nào được phân công xử lý trên hệ thống");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(pi).isWaitingAt("classifyFeedback");
        assertThat(task(pi).getId()).isEqualTo(classify.getId());
        assertThat(record(pi).status()).isEqualTo(FeedbackStatus.RECEIVED);

        forward(pi, "agency-health");
        assertThat(candidateGroups(tasks, task(pi))).containsExactly("agency-health");
    }

    /**
     * A local matter goes to the area's own group where the org chart has one (tested above for phường Long
     * Xuyên), to Văn phòng UBND tỉnh in an area without one (phường Vĩnh Tế), and to nobody in "Khác": the
     * IT center finds the place and chooses.
     */
    @Test
    void aLocalMatterIsProposedByItsArea() {
        ProcessInstance withoutGroup = submitted("local-affairs", "vinh-te");
        assertThat(withoutGroup).variables().containsEntry("proposedAgency", "agency-provincial-office")
                .containsEntry("areaLabel", "phường Vĩnh Tế");

        ProcessInstance unknown = submitted("local-affairs", "khac");
        assertThat(unknown).variables().containsEntry("proposedAgencyLabel", "(không có đề xuất)")
                .containsEntry("areaLabel", "Khác (ngoài danh sách hoặc chưa rõ xã, phường, đặc khu)");
        assertThat(record(unknown).proposedAgency()).isNull();
        forward(unknown, "commune-chau-doc");
    }

    @Test
    void feedbackReceivedByPhoneIsEnteredFromTheStartFormWithoutKeepingPersonalDataInTheEngine() {
        identity.setAuthentication("ttth.an", List.of("it-center"));
        ProcessInstance pi = runtime.startProcessInstanceByKey("feedback-handling", Map.of(
                "channel", "phone", "senderName", "Trần Thị Bé", "senderAddress", "Ấp Hòa Long, xã Chợ Mới",
                "senderPhone", "0987654321", "subject", "Đường ngập nước",
                "content", "Đường vào ấp Hòa Long ngập sâu mỗi khi mưa, xe cộ không qua được.",
                "topic", "local-affairs", "area", "cho-moi"));
        identity.clearAuthentication();
        assertThat(pi).isWaitingAt("registerFeedback");
        execute(job());
        assertThat(pi).isWaitingAt("classifyFeedback");
        assertThat(pi).variables().containsEntry("proposedAgency", "commune-cho-moi").containsEntry("channelLabel", "Điện thoại")
                .doesNotContainKeys("senderName", "senderAddress", "senderPhone", "senderEmail", "content");

        Feedback f = record(pi);
        assertThat(f.channel()).isEqualTo(Channel.PHONE);
        assertThat(f.enteredBy()).isEqualTo("ttth.an");
        assertThat(f.senderName()).isEqualTo("Trần Thị Bé");
        assertThat(f.processInstanceId()).isEqualTo(pi.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
                .isEqualTo(f.trackingCode());
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).includeDeleted()
                .variableNameIn("senderName", "senderAddress", "senderPhone", "senderEmail").count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).list())
                .noneMatch(d -> d.toString().contains("Trần Thị Bé") || d.toString().contains("0987654321"));
    }

    @Test
    void aStartFormWithMissingDataStartsNothing() {
        identity.setAuthentication("ttth.an", List.of("it-center"));
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("feedback-handling").count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("feedback-handling", Map.of("channel", "web",
                "senderName", "A")))
                .isInstanceOf(InputRefused.class).hasMessageContaining("kênh tiếp nhận");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("feedback-handling", Map.of("channel", "paper",
                "senderName", "Lê Văn C", "subject", "Một tiêu đề")))
                .isInstanceOf(InputRefused.class)
                .satisfies(e -> assertThat(((InputRefused) e).errors()).containsKeys("senderAddress", "senderPhone", "content", "topic", "area"));

        identity.clearAuthentication();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("feedback-handling").count()).isEqualTo(before);
    }

    @Test
    void aRecordAlreadyHandledCannotBeTakenOverByAnotherInstance() {
        ProcessInstance pi = submitted("health", "long-xuyen");
        long id = record(pi).id();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("feedback-handling", Map.of("feedbackId", id)))
                .isInstanceOf(InputRefused.class).hasMessageContaining("đang được xử lý trong một hồ sơ khác");
        assertThat(record(pi).processInstanceId()).isEqualTo(pi.getId());
    }

    /** Messages written to the outbox for a recipient about this case (its tracking code in subject or body). */
    List<Map<String, Object>> mails(Feedback f, String recipient) {
        return jdbc.sql("SELECT template, subject, body FROM notification_outbox WHERE recipient = :r AND body LIKE :code ORDER BY id")
                .param("r", recipient).param("code", "%" + f.trackingCode() + "%").query().listOfRows().stream()
                .map(row -> { Map<String, Object> lower = new java.util.HashMap<>();
                    row.forEach((k, v) -> lower.put(k.toLowerCase(), v)); return lower; }).toList();
    }

    private Job reminderJob(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId("progressReminder").singleResult();
    }
}
