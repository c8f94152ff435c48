package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.validation.InputRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.angiang.editorial.content.SubmissionForm.ContributorInput;
import vn.angiang.editorial.platform.publishing.PublishedItem;
import vn.angiang.editorial.platform.publishing.Publisher;

/** The business rules of content approval on a real (H2) schema, without the engine. */
@JdbcTest(properties = "spring.datasource.url=jdbc:h2:mem:content-service;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(ContentDomainTestConfiguration.class)
class ContentServiceTest {

    @Autowired
    ContentService service;
    @Autowired
    Publisher publisher;
    @Autowired
    JdbcClient jdbc;

    static SubmissionForm form(String type, String field, String body) {
        return new SubmissionForm("Khánh thành cầu Châu Đốc", "Cầu mới nối hai bờ sông Hậu.", body, type, field,
                "normal", "2026-03-12", "UBND phường Châu Đốc",
                List.of(new ContributorInput("Hồ Ngọc Lan", "author"), new ContributorInput("Dương Văn Minh", "photographer")));
    }

    static SubmissionForm news() {
        return form("news", "economy", "<p>Sáng nay <b>cầu</b> đã khánh thành.</p>");
    }

    Submission submitted() {
        return service.submit(news(), "ctv.lan", "collaborators", "pi-1");
    }

    int submissions() {
        return jdbc.sql("SELECT COUNT(*) FROM content_submission").query(Integer.class).single();
    }

    static Actor vetter() {
        return Actor.of("ttth.an", "it-center");
    }

    @Test
    void aValidSubmissionIsStoredRoutedAndTraced() {
        Submission s = service.submit(form("news", "economy",
                "<p style=\"color:red\">Sáng nay cầu <span class=\"x\">đã</span> khánh thành.</p>"), "ctv.lan",
                "collaborators", "pi-1");

        assertThat(s.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.contentVersion()).isEqualTo(1);
        assertThat(s.bodyHtml()).isEqualTo("<p>Sáng nay cầu <span>đã</span> khánh thành.</p>");
        assertThat(s.contributors()).extracting(Contributor::name, Contributor::role).containsExactly(
                tuple("Hồ Ngọc Lan", ContributorRole.AUTHOR), tuple("Dương Văn Minh", ContributorRole.PHOTOGRAPHER));
        assertThat(s.appraiserGroup()).isEqualTo("member-economy");
        assertThat(s.headApprovalRequired()).isFalse();
        assertThat(s.deadlineDays()).isEqualTo(2);
        AuditTrail trail = service.auditTrail(s.id());
        assertThat(trail.statusHistory()).extracting(StatusChange::status, StatusChange::changedBy)
                .containsExactly(tuple(SubmissionStatus.SUBMITTED, "ctv.lan"));
        assertThat(trail.decisions()).extracting(DecisionRecord::actorId, DecisionRecord::actorRole,
                DecisionRecord::outcome).containsExactly(tuple("ctv.lan", "collaborators", Outcome.SUBMIT));
    }

    @Test
    void missingFieldsAreAllListedAndNothingIsStored() {
        SubmissionForm empty = new SubmissionForm(" ", null, "", null, null, null, null, null, List.of());

        assertThatThrownBy(() -> service.submit(empty, "ctv.lan", "collaborators", "pi-1"))
                .isInstanceOf(InputRefused.class)
                .satisfies(e -> assertThat(((InputRefused) e).problems()).containsExactly(
                        "Tiêu đề là bắt buộc.", "Tóm tắt là bắt buộc.", "Nội dung là bắt buộc.",
                        "Loại tin bài là bắt buộc.", "Mức độ khẩn là bắt buộc.", "Lĩnh vực là bắt buộc.",
                        "Cần ghi ít nhất một tác giả (họ tên và vai trò)."));
        assertThat(submissions()).isZero();
    }

    @Test
    void tooLongABodyIsRefusedWithTheLimit() {
        String body = "<p>" + "a".repeat(ContentService.MAX_BODY) + "</p>";

        assertThatThrownBy(() -> service.submit(form("news", "economy", body), "ctv.lan", "collaborators", "pi-1"))
                .hasMessage("Nội dung quá dài: tối đa 100.000 ký tự, bản gửi có 100.007 ký tự.");
        assertThat(submissions()).isZero();
    }

    @Test
    void scriptAndEventHandlersAreRefusedNotStripped() {
        assertThatThrownBy(() -> service.submit(form("news", "economy", "<p>Tin</p><script>alert(1)</script>"),
                "ctv.lan", "collaborators", "pi-1"))
                .hasMessageContaining("thẻ <script>");
        assertThatThrownBy(() -> service.submit(form("news", "economy", "<p onclick=\"steal()\">Tin</p>"),
                "ctv.lan", "collaborators", "pi-1"))
                .hasMessageContaining("\"onclick\"");
        assertThatThrownBy(() -> service.submit(form("news", "economy", "<a href=\"javascript:steal()\">Tin</a>"),
                "ctv.lan", "collaborators", "pi-1"))
                .hasMessageContaining("\"javascript:\"");
        assertThat(submissions()).isZero();
    }

    @Test
    void unknownTypeFieldRoleAndPastDatesAreNamed() {
        SubmissionForm bad = new SubmissionForm("<b>Tít</b>", "Tóm tắt", "<p>Nội dung</p>", "gossip", "economy",
                "normal", "2026-03-01", null, List.of(new ContributorInput("Lan", "singer")));

        assertThatThrownBy(() -> service.submit(bad, "ctv.lan", "collaborators", "pi-1"))
                .isInstanceOf(InputRefused.class)
                .satisfies(e -> assertThat(((InputRefused) e).problems()).containsExactly(
                        "Tiêu đề là văn bản thường, không được chứa thẻ HTML.",
                        "Loại tin bài «gossip» không hợp lệ; chọn một trong: Tin, Bài viết, Phóng sự ảnh, Thông báo, "
                                + "Văn bản quy phạm pháp luật, chỉ đạo điều hành, Thông tin cung cấp cho báo chí.",
                        "Ngày đề nghị đăng 2026-03-01 đã qua.",
                        "Vai trò «singer» không hợp lệ; chọn một trong: Tác giả, Nhiếp ảnh, Dịch giả, Minh họa, "
                                + "Quay phim, Biên soạn, tổng hợp."));
        assertThatThrownBy(() -> service.submit(form("news", "astrology", "<p>x</p>"), "ctv.lan", "collaborators", "pi-1"))
                .hasMessage("Lĩnh vực «astrology» không có trong bảng phân công thẩm định của Ban Biên tập.");
        assertThat(submissions()).isZero();
    }

    @Test
    void vettingEditsMakeANewVersionAndRecordTheDecision() {
        Submission s = submitted();

        Submission vetted = service.decide(s.id(), Stage.VET, "forward",
                new ContentEdits("Khánh thành cầu Châu Đốc mới", null, null, null, null, null), vetter(), null, "task-1");

        assertThat(vetted.status()).isEqualTo(SubmissionStatus.IN_APPRAISAL);
        assertThat(vetted.title()).isEqualTo("Khánh thành cầu Châu Đốc mới");
        assertThat(vetted.contentVersion()).isEqualTo(2);
        assertThat(service.auditTrail(s.id()).decisions()).last()
                .extracting(DecisionRecord::taskKey, DecisionRecord::taskId, DecisionRecord::actorId,
                        DecisionRecord::actorRole, DecisionRecord::outcome, DecisionRecord::contentVersion)
                .containsExactly("vetSubmission", "task-1", "ttth.an", "it-center", Outcome.FORWARD, 2);
    }

    @Test
    void vettingMayReclassifyAndTheRouteFollows() {
        Submission s = submitted();

        Submission vetted = service.decide(s.id(), Stage.VET, "forward",
                new ContentEdits(null, null, null, "article", "culture-society", null), vetter(), null, "task-1");

        assertThat(vetted.contentType()).isEqualTo(ContentType.ARTICLE);
        assertThat(vetted.appraiserGroup()).isEqualTo("member-culture-society");
        assertThat(vetted.headApprovalRequired()).isTrue();
        assertThat(vetted.contentVersion()).isEqualTo(1);
    }

    @Test
    void legalDocumentsAndPressInformationComeOnlyFromTheProvincialOffice() {
        // Đ9.2–9.3: the office supplies them; the field's member appraises them (Đ10.3), not the office deputy
        SubmissionForm legal = form("legal-document", "legal", "<p>Toàn văn quyết định</p>");
        assertThatThrownBy(() -> service.submit(legal, "ctv.lan", "collaborators", "pi-9"))
                .isInstanceOf(InputRefused.class)
                .hasMessageContaining("do Văn phòng UBND tỉnh cung cấp cho Cổng (Đ9.2–9.3 Quy chế)");
        Submission s = submitted();
        assertThatThrownBy(() -> service.decide(s.id(), Stage.VET, "forward",
                new ContentEdits(null, null, null, "press-information", null, null), vetter(), null, "task-1"))
                .as("nor by reclassifying another source's work").isInstanceOf(InputRefused.class);

        Submission fromTheOffice = service.submit(legal, "vpubnd.vanthu", "agency-provincial-office", "pi-10");
        assertThat(fromTheOffice.appraiserGroup()).isEqualTo("member-legal");
    }

    @Test
    void aDecisionNeedsAnAllowedOutcomeAndAReasonAndChangesNothingOtherwise() {
        Submission s = submitted();

        assertThatThrownBy(() -> service.decide(s.id(), Stage.VET, null, ContentEdits.NONE, vetter(), null, "t"))
                .hasMessage("Chưa chọn kết quả xử lý (Chuyển thẩm định, Trả lại để bổ sung, chỉnh sửa, Từ chối đăng).");
        assertThatThrownBy(() -> service.decide(s.id(), Stage.VET, "approve", ContentEdits.NONE, vetter(), null, "t"))
                .hasMessageStartingWith("Kết quả xử lý «approve» không hợp lệ ở bước này");
        assertThatThrownBy(() -> service.decide(s.id(), Stage.VET, "reject",
                new ContentEdits("Tít mới", null, null, null, null, null), vetter(), " ", "t"))
                .hasMessage("Cần ghi rõ lý do khi chọn «Từ chối đăng».");
        assertThatThrownBy(() -> service.decide(s.id(), Stage.APPRAISE, "approve", ContentEdits.NONE,
                Actor.of("tv.kinhte", "member-economy"), null, "t"))
                .hasMessage("Tin bài #" + s.id() + " đang ở trạng thái «Đã gửi, chờ kiểm duyệt», không thể thực hiện "
                        + "bước «Thẩm định, biên tập».");

        Submission unchanged = service.get(s.id());
        assertThat(unchanged.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(unchanged.title()).isEqualTo(s.title());
        assertThat(service.auditTrail(s.id()).decisions()).hasSize(1);
    }

    @Test
    void returnAndResubmitGoesBackToVetting() {
        Submission s = submitted();
        service.decide(s.id(), Stage.VET, "return", ContentEdits.NONE, vetter(), "Bổ sung ảnh", "t1");

        Submission resubmitted = service.decide(s.id(), Stage.REVISE, "resubmit",
                new ContentEdits(null, null, "<p>Sáng nay cầu đã khánh thành, có ảnh.</p>", null, null, null),
                Actor.of("ctv.lan", "collaborators"), null, "t2");

        assertThat(resubmitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(resubmitted.contentVersion()).isEqualTo(2);
        assertThat(service.auditTrail(s.id()).statusHistory()).extracting(StatusChange::status).containsExactly(
                SubmissionStatus.SUBMITTED, SubmissionStatus.RETURNED, SubmissionStatus.SUBMITTED);
    }

    @Test
    void theHeadApprovesAndADeputyActingForTheHeadIsRecorded() {
        Submission s = service.submit(form("article", "economy", "<p>Bài viết</p>"), "ctv.lan", "collaborators", "pi");
        service.decide(s.id(), Stage.VET, "forward", ContentEdits.NONE, vetter(), null, "t1");
        Submission appraised = service.decide(s.id(), Stage.APPRAISE, "approve", ContentEdits.NONE,
                Actor.of("tv.kinhte", "member-economy"), null, "t2");
        assertThat(appraised.status()).isEqualTo(SubmissionStatus.AWAITING_HEAD_APPROVAL);

        Submission approved = service.decide(s.id(), Stage.HEAD_APPROVAL, "approve",
                new ContentEdits("Sửa tít", null, null, null, null, null),
                Actor.of("phoban.tttt", "deputy-head-ict").actingFor("truongban"), "Đồng ý", "t3");

        assertThat(approved.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(approved.title()).as("the head's step edits nothing").isEqualTo(s.title());
        assertThat(service.auditTrail(s.id()).decisions()).last()
                .extracting(DecisionRecord::actorId, DecisionRecord::actorRole, DecisionRecord::actingFor)
                .containsExactly("phoban.tttt", "deputy-head-ict", "truongban");
    }

    @Test
    void publishCorrectAndTakeDown() {
        Submission s = submitted();
        service.decide(s.id(), Stage.VET, "forward", ContentEdits.NONE, vetter(), null, "t1");
        service.decide(s.id(), Stage.APPRAISE, "approve", ContentEdits.NONE,
                Actor.of("tv.kinhte", "member-economy"), null, "t2");

        Submission published = service.publish(s.id(), "tv.kinhte");
        assertThat(published.status()).isEqualTo(SubmissionStatus.PUBLISHED);
        assertThat(publisher.current("content-" + s.id())).get()
                .extracting(PublishedItem::version, PublishedItem::title, PublishedItem::auditPath)
                .containsExactly(1, s.title(), "/api/content/" + s.id() + "/audit");

        Actor member = Actor.of("tv.kinhte", "member-economy");
        assertThatThrownBy(() -> service.decide(s.id(), Stage.CHECK, "confirm",
                new ContentEdits("Tít sửa", null, null, null, null, null), member, null, "t3"))
                .hasMessage("Đã sửa nội dung nhưng chọn «Kiểm tra sau đăng: đạt»: muốn đăng bản đã sửa thì chọn «Đính chính».");
        assertThatThrownBy(() -> service.decide(s.id(), Stage.CHECK, "correct", ContentEdits.NONE, member, "Sai tên", "t3"))
                .hasMessageStartingWith("Chọn «Đính chính» nhưng chưa sửa nội dung");

        service.decide(s.id(), Stage.CHECK, "correct",
                new ContentEdits("Khánh thành cầu Châu Đốc (đính chính)", null, null, null, null, null), member,
                "Sai tên cầu", "t3");
        service.publishCorrection(s.id(), "tv.kinhte");
        assertThat(publisher.current("content-" + s.id())).get()
                .extracting(PublishedItem::version, PublishedItem::title, PublishedItem::changeNote)
                .containsExactly(2, "Khánh thành cầu Châu Đốc (đính chính)", "Sai tên cầu");

        // a second check is not a step of this process, but the rules allow taking down a published item
        service.decide(s.id(), Stage.CHECK, "take-down", ContentEdits.NONE, member, "Thông tin chưa được phép công bố", "t4");
        Submission down = service.takeDown(s.id(), "tv.kinhte");
        assertThat(down.status()).isEqualTo(SubmissionStatus.TAKEN_DOWN);
        assertThat(publisher.current("content-" + s.id())).isEmpty();
        assertThat(publisher.versions("content-" + s.id())).extracting(PublishedItem::state,
                PublishedItem::withdrawalReason).containsExactly(tuple(PublishedItem.State.SUPERSEDED, null),
                tuple(PublishedItem.State.TAKEN_DOWN, "Thông tin chưa được phép công bố"));
    }
}
