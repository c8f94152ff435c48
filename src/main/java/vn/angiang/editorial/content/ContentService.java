package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.validation.InputRefused;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.angiang.editorial.platform.publishing.HtmlSanitizer;
import vn.angiang.editorial.platform.publishing.Publication;
import vn.angiang.editorial.platform.publishing.PublishedItem;
import vn.angiang.editorial.platform.publishing.Publisher;
import vn.angiang.editorial.platform.publishing.UnsafeHtmlException;
import vn.angiang.editorial.platform.validation.PlainText;

/**
 * The business rules of content approval, independent of the engine: what a submission must contain,
 * which decision each step may take and where it leads, what may be edited where, and publishing.
 * Every change writes the status history and the audit trail in the same transaction.
 */
@Service
@Transactional
public class ContentService {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_BODY = 100_000;
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_AGENCY = 255;
    public static final int MAX_CONTRIBUTOR_NAME = 200;
    public static final int MAX_CONTRIBUTORS = 20;

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    /** Where a submission enters the trail (the start of content-approval). */
    private static final String SUBMIT_ELEMENT = "submitContent";
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private final ContentRepository repository;
    private final ContentTrail trail;
    private final ContentRouting routing;
    private final HtmlSanitizer sanitizer;
    private final Publisher publisher;
    private final OrgDirectory org;
    private final Clock clock;

    public ContentService(ContentRepository repository, ContentTrail trail, ContentRouting routing,
            HtmlSanitizer sanitizer, Publisher publisher, OrgDirectory org, Clock clock) {
        this.org = org;
        this.repository = repository;
        this.trail = trail;
        this.routing = routing;
        this.sanitizer = sanitizer;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Checks and stores a new submission (status {@link SubmissionStatus#SUBMITTED}).
     *
     * @throws InputRefused listing every problem; nothing is stored then
     */
    public Submission submit(SubmissionForm form, String submitterId, String submitterGroup, String processInstanceId) {
        return store(form, submitterId, submitterGroup, processInstanceId, null);
    }

    /**
     * Stores a submission received on paper, entered by the IT center for its sender: the sender is the
     * submitter (revisions and notices go to them), the trail says who entered it for whom.
     *
     * @param enteredBy      the official entering it, in the role they act in
     * @param submitterGroup the sender's group, null when the sender is no submitting user
     * @throws AuthorizationException     when the official is not of the IT center
     * @throws InputRefused on bad input or an unknown sender; nothing is stored then
     */
    public Submission submitOnPaper(SubmissionForm form, Actor enteredBy, String submitterId, String submitterGroup,
            String processInstanceId) {
        // the group that receives submissions and may enter a paper one for its sender (Đ11.1)
        String itCenter = org.group(BoardRole.IT_CENTER);
        if (!itCenter.equals(enteredBy.group())) {
            throw new AuthorizationException("Chỉ Trung tâm Tin học được nhập hộ tin bài gửi trên giấy cho người khác; "
                    + "tin bài của chính mình thì để trống ô «Nhập hộ cho».");
        }
        if (submitterGroup == null) {
            throw InputRefused.of("«" + submitterId + "» không phải người dùng gửi tin bài (cơ quan, "
                    + "đơn vị hoặc cộng tác viên) trong hệ thống: hãy ghi đúng tên đăng nhập của người gửi.");
        }
        return store(form, submitterId, submitterGroup, processInstanceId,
                enteredBy.actingFor(submitterId));
    }

    private Submission store(SubmissionForm form, String submitterId, String submitterGroup, String processInstanceId,
            Actor enteredBy) {
        List<String> problems = new ArrayList<>();
        String title = plain(problems, "Tiêu đề", form.title(), MAX_TITLE, true);
        String summary = plain(problems, "Tóm tắt", form.summary(), MAX_SUMMARY, true);
        String body = body(problems, form.body());
        Classification classification = classification(problems, form.contentType(), form.field(), form.urgency(),
                submitterGroup);
        LocalDate requested = requestedDate(problems, form.requestedPublicationDate());
        String agency = plain(problems, "Cơ quan, đơn vị cung cấp", form.sourceAgency(), MAX_AGENCY, false);
        List<Contributor> contributors = contributors(problems, form.contributors());
        if (!problems.isEmpty()) {
            throw InputRefused.of(problems);
        }
        OffsetDateTime now = now();
        Route route = classification.route();
        Submission draft = new Submission(0, processInstanceId, submitterId, submitterGroup, agency, title, summary,
                body, classification.type(), classification.field(), classification.urgency(), requested,
                SubmissionStatus.SUBMITTED, 1, route.appraiserGroup(), route.headApprovalRequired(),
                route.deadlineDays(), null, now, now, contributors);
        Submission stored = get(repository.insert(draft));
        Actor submitter = enteredBy == null ? Actor.of(submitterId, submitterGroup) : enteredBy;
        String note = enteredBy == null ? null
                : "Nhập hộ tin bài gửi trên giấy: " + enteredBy.userId() + " nhập cho " + submitterId;
        trail.decision(stored, SUBMIT_ELEMENT, null, submitter, Outcome.SUBMIT, note, now);
        trail.status(stored, SUBMIT_ELEMENT, submitter, note, now);
        return stored;
    }

    /**
     * Records the decision of a person at a step, applying their edits: the core of the audit trail.
     *
     * @param outcomeCode the decision ({@link Outcome#code()}), one of those the stage allows
     * @param edits       what they changed (null fields: unchanged); refused where the stage allows no edit
     * @param taskId      the user task's id, kept in the trail
     * @throws InputRefused on a missing or unknown decision, a missing reason, bad edits,
     *                                    or a submission that is not at this step; nothing is changed then
     */
    public Submission decide(long id, Stage stage, String outcomeCode, ContentEdits edits, Actor actor,
            String comment, String taskId) {
        Submission current = repository.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (stage == Stage.REVISE && !current.submitterId().equals(actor.userId())) {
            throw new AuthorizationException("Chỉ người gửi tin bài #" + id + " (" + current.submitterId()
                    + ") được bổ sung, chỉnh sửa hoặc rút tin bài này.");
        }
        if (stage != Stage.REVISE && current.submitterId().equals(actor.userId()) && !Actor.SYSTEM.equals(actor.userId())) {
            // board members and the secretariat submit works too (Đ17.2); nobody vets, appraises, approves or
            // checks their own (quy định nội bộ)
            throw InputRefused.of("Người gửi tin bài không tự " + stage.label().toLowerCase(java.util.Locale.ROOT)
                    + " tin bài của mình (quy định nội bộ): hãy để người khác trong nhóm làm, hoặc đề nghị "
                    + "Phó Trưởng ban phụ trách giao lại việc.");
        }
        if (current.status() != stage.expects()) {
            throw InputRefused.of("Tin bài #" + id + " đang ở trạng thái «" + current.status().label()
                    + "», không thể thực hiện bước «" + stage.label() + "».");
        }
        List<String> problems = new ArrayList<>();
        Outcome outcome = null;
        if (outcomeCode == null || outcomeCode.isBlank()) {
            problems.add("Chưa chọn kết quả xử lý (" + stage.allowedLabels() + ").");
        } else {
            outcome = Coded.byCode(Outcome.class, outcomeCode).filter(stage.transitions()::containsKey).orElse(null);
            if (outcome == null) {
                problems.add("Kết quả xử lý «" + outcomeCode + "» không hợp lệ ở bước này; chọn một trong: "
                        + stage.allowedLabels() + ".");
            }
        }
        // plain text like a title: the comment is shown in the trail, the next forms, the requester's mail
        // and, for a correction, as the public feed's correction note
        String note = plain(problems, "Ý kiến", comment, MAX_COMMENT, false);
        if (outcome != null && Stage.NEED_COMMENT.contains(outcome) && note == null) {
            problems.add("Cần ghi rõ lý do khi chọn «" + outcome.label() + "».");
        }
        Submission edited = applyEdits(problems, current, stage, edits == null ? ContentEdits.NONE : edits);
        boolean changed = !sameContent(current, edited);
        if (outcome != null && stage.correctsPublishedItem()) {
            if (outcome == Outcome.CORRECT && !changed) {
                problems.add("Chọn «Đính chính» nhưng chưa sửa nội dung: hãy sửa tiêu đề, tóm tắt hoặc nội dung cần đính chính.");
            } else if (outcome != Outcome.CORRECT && changed) {
                problems.add("Đã sửa nội dung nhưng chọn «" + outcome.label()
                        + "»: muốn đăng bản đã sửa thì chọn «Đính chính».");
            }
        }
        if (!problems.isEmpty()) {
            throw InputRefused.of(problems);
        }
        SubmissionStatus next = stage.transitions().get(outcome);
        if (stage == Stage.APPRAISE && outcome == Outcome.APPROVE && Boolean.TRUE.equals(edited.headApprovalRequired())) {
            next = SubmissionStatus.AWAITING_HEAD_APPROVAL;
        }
        OffsetDateTime now = now();
        Submission saved = with(edited, next, changed ? current.contentVersion() + 1 : current.contentVersion(), now);
        repository.update(saved);
        trail.decision(saved, stage.taskKey(), taskId, actor, outcome, note, now);
        if (next != current.status() || changed) {
            trail.status(saved, stage.taskKey(), actor,
                    outcome.label() + (changed ? " (nội dung sửa thành phiên bản " + saved.contentVersion() + ")" : ""),
                    now);
        }
        return get(id);
    }

    /** Applies the routing rules to the submission as it now stands (after vetting edits). */
    public Submission route(long id) {
        Submission current = repository.findForUpdate(id).orElseThrow(() -> notFound(id));
        Route route = routing.route(current.contentType(), current.field(), current.urgency())
                .orElseThrow(() -> InputRefused.of(unknownField(current.field())));
        Submission routed = new Submission(current.id(), current.processInstanceId(), current.submitterId(),
                current.submitterGroup(), current.sourceAgency(), current.title(), current.summary(),
                current.bodyHtml(), current.contentType(), current.field(), current.urgency(),
                current.requestedPublicationDate(), current.status(), current.contentVersion(), route.appraiserGroup(),
                route.headApprovalRequired(), route.deadlineDays(), current.publishedItemKey(), current.createdAt(),
                now(), current.contributors());
        repository.update(routed);
        trail.status(routed, "routeSubmission", Actor.system(),
                "Phân công thẩm định: " + route.appraiserGroup() + "; Trưởng ban phê duyệt: "
                        + (route.headApprovalRequired() ? "có" : "không") + "; hạn mỗi bước: " + route.deadlineDays()
                        + " ngày làm việc", now());
        return get(id);
    }

    /** Publishes an approved submission to the feed (version 1). */
    public Submission publish(long id, String by) {
        Submission current = repository.findForUpdate(id).orElseThrow(() -> notFound(id));
        requireStatus(current, SubmissionStatus.APPROVED, "đăng");
        PublishedItem item = publisher.publish(publication(current, by, null));
        OffsetDateTime now = now();
        Submission published = new Submission(current.id(), current.processInstanceId(), current.submitterId(),
                current.submitterGroup(), current.sourceAgency(), current.title(), current.summary(),
                current.bodyHtml(), current.contentType(), current.field(), current.urgency(),
                current.requestedPublicationDate(), SubmissionStatus.PUBLISHED, current.contentVersion(),
                current.appraiserGroup(), current.headApprovalRequired(), current.deadlineDays(), item.key(),
                current.createdAt(), now, current.contributors());
        repository.update(published);
        Actor publishedBy = Actor.of(by, null);
        trail.decision(published, "publishItem", null, publishedBy, Outcome.PUBLISH, null, now);
        trail.status(published, "publishItem", publishedBy,
                "Đăng trên Cổng: " + item.key() + ", phiên bản " + item.version(), now);
        return get(id);
    }

    /** Publishes the corrected content (decided at the check step) as the next version in the feed. */
    public Submission publishCorrection(long id, String by) {
        Submission current = repository.findForUpdate(id).orElseThrow(() -> notFound(id));
        requireStatus(current, SubmissionStatus.PUBLISHED, "đính chính");
        String note = lastComment(id, Outcome.CORRECT);
        PublishedItem item = publisher.correct(publication(current, by, note));
        trail.status(current, "publishCorrection", Actor.of(by, null),
                "Đăng bản đính chính: " + item.key() + ", phiên bản " + item.version(), now());
        return get(id);
    }

    /**
     * Opens a correction or take-down of a published item after its check (Đ10.4), in the instance of
     * content-correction that now handles the record: only the member of the item's field or the head
     * may, and only once the instance that handled it has ended.
     *
     * @param previousInstanceRunning whether the instance the record names is still running
     */
    public Submission openCorrection(long id, Actor actor, String processInstanceId, boolean previousInstanceRunning,
            String decision, ContentEdits edits, String comment) {
        Submission current = repository.findForUpdate(id)
                .filter(s -> s.publishedItemKey() != null)
                .orElseThrow(() -> new InputRefused("correctedItem", "Không có tin bài đã đăng số " + id + "."));
        boolean fieldMember = actor.memberOf() != null && actor.memberOf().contains(current.appraiserGroup());
        if (!fieldMember && !org.holds(actor.memberOf() == null ? List.of() : actor.memberOf(), BoardRole.HEAD)) {
            throw new AuthorizationException("Chỉ thành viên phụ trách lĩnh vực của tin bài #" + id
                    + " hoặc Trưởng ban được đính chính, gỡ tin bài này (Đ10.4).");
        }
        if (previousInstanceRunning) {
            throw new InputRefused("correctedItem", "Tin bài #" + id + " đang được xử lý (kiểm tra sau khi đăng "
                    + "hoặc một đề nghị đính chính khác): hãy làm trong công việc đó.");
        }
        repository.rebind(id, processInstanceId);
        return decide(id, Stage.CORRECTION_REQUEST, decision, edits, actor, comment, null);
    }

    /**
     * When the head does not approve a correction, the record goes back to the content in the feed, as
     * the next version (the refused text stays in the trail's earlier version).
     */
    public Submission keepPublishedContent(long id, String by) {
        Submission current = repository.findForUpdate(id).orElseThrow(() -> notFound(id));
        PublishedItem shown = publisher.latest(current.publishedItemKey()).orElseThrow(() -> notFound(id));
        OffsetDateTime now = now();
        Submission restored = new Submission(current.id(), current.processInstanceId(), current.submitterId(),
                current.submitterGroup(), current.sourceAgency(), shown.title(), shown.summary(), shown.bodyHtml(),
                current.contentType(), current.field(), current.urgency(), current.requestedPublicationDate(),
                current.status(), current.contentVersion() + 1, current.appraiserGroup(),
                current.headApprovalRequired(), current.deadlineDays(), current.publishedItemKey(),
                current.createdAt(), now, current.contributors());
        repository.update(restored);
        trail.status(restored, "keepPublishedContent", Actor.of(by, null), "Đính chính không được phê duyệt: "
                + "giữ nội dung đang đăng (phiên bản " + restored.contentVersion() + ")", now);
        return get(id);
    }

    /** Removes the item from the feed with the reason given at the check step. */
    public Submission takeDown(long id, String by) {
        Submission current = repository.findForUpdate(id).orElseThrow(() -> notFound(id));
        requireStatus(current, SubmissionStatus.TAKEN_DOWN, "gỡ");
        String reason = lastComment(id, Outcome.TAKE_DOWN);
        publisher.takeDown(current.publishedItemKey(), reason, by);
        trail.status(current, "takeDownItem", Actor.of(by, null), "Đã gỡ khỏi Cổng: " + current.publishedItemKey(),
                now());
        return get(id);
    }

    /** Records a reminder or an escalation about an open step in the trail. */
    public void recordDeadlineEvent(long id, String taskKey, String taskId, Outcome outcome, String comment) {
        trail.decision(get(id), taskKey, taskId, Actor.system(), outcome, comment, now());
    }

    /**
     * The submission a process instance handles, checked against the record: the record names the
     * instance that handles it, so an id the instance was given from outside cannot make it act on
     * another submission.
     *
     * @throws AuthorizationException when the record belongs to another instance
     */
    @Transactional(readOnly = true)
    public long bound(long id, String processInstanceId) {
        Submission submission = get(id);
        if (processInstanceId == null || !processInstanceId.equals(submission.processInstanceId())) {
            throw new AuthorizationException("Tin bài #" + id + " không thuộc hồ sơ quy trình " + processInstanceId
                    + ": không được xử lý tin bài của hồ sơ khác.");
        }
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Submission> find(long id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public Submission get(long id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    /** Everything that happened to a submission, for the audit endpoint. */
    @Transactional(readOnly = true)
    public AuditTrail auditTrail(long id) {
        return auditTrail(get(id), trail.entries(id));
    }

    /** The history of a submission from its entries in the trail, with its published versions. */
    @Transactional(readOnly = true)
    public AuditTrail auditTrail(Submission submission, List<AuditEntry> entries) {
        List<PublishedItem> versions = submission.publishedItemKey() == null ? List.of()
                : publisher.versions(submission.publishedItemKey());
        return AuditTrail.of(submission, entries, versions);
    }

    // --- rules -------------------------------------------------------------------------------

    private record Classification(ContentType type, String field, Urgency urgency, Route route) {
    }

    private Classification classification(List<String> problems, String typeCode, String fieldCode,
            String urgencyCode, String submitterGroup) {
        ContentType type = null;
        if (blank(typeCode)) {
            problems.add("Loại tin bài là bắt buộc.");
        } else {
            type = Coded.byCode(ContentType.class, typeCode.trim()).orElse(null);
            if (type == null) {
                problems.add("Loại tin bài «" + typeCode + "» không hợp lệ; chọn một trong: "
                        + Arrays.stream(ContentType.values()).map(ContentType::label).collect(Collectors.joining(", "))
                        + ".");
            }
        }
        if (type != null && type.suppliedByTheProvincialOffice()
                && !org.group(BoardRole.PROVINCIAL_OFFICE).equals(submitterGroup)) {
            problems.add("«" + type.label() + "» do Văn phòng UBND tỉnh cung cấp cho Cổng (Đ9.2–9.3 Quy chế): "
                    + "chỉ nhận khi người gửi là Văn phòng UBND tỉnh; hãy chọn loại tin bài khác.");
        }
        Urgency urgency = null;
        if (blank(urgencyCode)) {
            problems.add("Mức độ khẩn là bắt buộc.");
        } else {
            urgency = Coded.byCode(Urgency.class, urgencyCode.trim()).orElse(null);
            if (urgency == null) {
                problems.add("Mức độ khẩn «" + urgencyCode + "» không hợp lệ; chọn «Bình thường» hoặc «Khẩn».");
            }
        }
        String field = blank(fieldCode) ? null : fieldCode.trim();
        if (field == null) {
            problems.add("Lĩnh vực là bắt buộc.");
        }
        Route route = null;
        if (type != null && urgency != null && field != null) {
            route = routing.route(type, field, urgency).orElse(null);
            if (route == null) {
                problems.add(unknownField(field));
            }
        }
        return new Classification(type, field, urgency, route);
    }

    private static String unknownField(String field) {
        return "Lĩnh vực «" + field + "» không có trong bảng phân công thẩm định của Ban Biên tập.";
    }

    private String body(List<String> problems, String raw) {
        if (blank(raw)) {
            problems.add("Nội dung là bắt buộc.");
            return null;
        }
        if (raw.length() > MAX_BODY) {
            problems.add(String.format(VI, "Nội dung quá dài: tối đa %,d ký tự, bản gửi có %,d ký tự.", MAX_BODY,
                    raw.length()));
            return null;
        }
        try {
            String clean = sanitizer.sanitize(raw);
            if (Jsoup.parseBodyFragment(clean).text().isBlank()
                    && Jsoup.parseBodyFragment(clean).select("img").isEmpty()) {
                problems.add("Nội dung là bắt buộc.");
                return null;
            }
            return clean;
        } catch (UnsafeHtmlException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static String text(List<String> problems, String label, String raw, int max, boolean required) {
        if (blank(raw)) {
            if (required) {
                problems.add(label + " là bắt buộc.");
            }
            return null;
        }
        String unsafe = PlainText.unsafeCharacters(raw);
        if (unsafe != null) {
            problems.add(label + " " + unsafe);
            return null;
        }
        String value = raw.strip();
        if (value.length() > max) {
            problems.add(String.format(VI, "%s quá dài: tối đa %,d ký tự, bản gửi có %,d ký tự.", label, max,
                    value.length()));
            return null;
        }
        return value;
    }

    /** A plain-text field (title, summary, names): no markup, it is shown as text everywhere. */
    private static String plain(List<String> problems, String label, String raw, int max, boolean required) {
        String value = text(problems, label, raw, max, required);
        if (value != null && MARKUP.matcher(value).find()) {
            problems.add(label + " là văn bản thường, không được chứa thẻ HTML.");
            return null;
        }
        return value;
    }

    private LocalDate requestedDate(List<String> problems, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            String value = raw.strip();
            LocalDate date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            if (date.isBefore(LocalDate.now(clock))) {
                problems.add("Ngày đề nghị đăng " + date + " đã qua.");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add("Ngày đề nghị đăng «" + raw + "» không đúng định dạng năm-tháng-ngày (ví dụ 2026-12-31).");
            return null;
        }
    }

    private static List<Contributor> contributors(List<String> problems, List<SubmissionForm.ContributorInput> raw) {
        List<SubmissionForm.ContributorInput> given = raw == null ? List.of()
                : raw.stream().filter(Objects::nonNull).filter(c -> !(blank(c.name()) && blank(c.role()))).toList();
        if (given.isEmpty()) {
            problems.add("Cần ghi ít nhất một tác giả (họ tên và vai trò).");
            return List.of();
        }
        if (given.size() > MAX_CONTRIBUTORS) {
            problems.add("Tối đa " + MAX_CONTRIBUTORS + " tác giả cho một tin bài.");
            return List.of();
        }
        List<Contributor> result = new ArrayList<>();
        for (SubmissionForm.ContributorInput input : given) {
            String name = plain(problems, "Họ tên tác giả", input.name(), MAX_CONTRIBUTOR_NAME, true);
            ContributorRole role = null;
            if (blank(input.role())) {
                problems.add("Chưa chọn vai trò của tác giả" + (name == null ? "" : " «" + name + "»") + ".");
            } else {
                role = Coded.byCode(ContributorRole.class, input.role().trim()).orElse(null);
                if (role == null) {
                    problems.add("Vai trò «" + input.role() + "» không hợp lệ; chọn một trong: "
                            + Arrays.stream(ContributorRole.values()).map(ContributorRole::label)
                                    .collect(Collectors.joining(", "))
                            + ".");
                }
            }
            if (name != null && role != null) {
                result.add(new Contributor(name, role));
            }
        }
        return result;
    }

    private Submission applyEdits(List<String> problems, Submission current, Stage stage, ContentEdits edits) {
        String title = current.title();
        String summary = current.summary();
        String body = current.bodyHtml();
        if (stage.editsContent()) {
            if (edits.title() != null) {
                title = plain(problems, "Tiêu đề", edits.title(), MAX_TITLE, true);
            }
            if (edits.summary() != null) {
                summary = plain(problems, "Tóm tắt", edits.summary(), MAX_SUMMARY, true);
            }
            if (edits.body() != null) {
                body = body(problems, edits.body());
            }
        }
        ContentType type = current.contentType();
        String field = current.field();
        Urgency urgency = current.urgency();
        Route route = new Route(current.appraiserGroup(), Boolean.TRUE.equals(current.headApprovalRequired()),
                current.deadlineDays() == null ? 0 : current.deadlineDays());
        if (stage.editsClassification() && (edits.contentType() != null || edits.field() != null
                || edits.urgency() != null)) {
            Classification c = classification(problems,
                    edits.contentType() == null ? type.code() : edits.contentType(),
                    edits.field() == null ? field : edits.field(),
                    edits.urgency() == null ? urgency.code() : edits.urgency(), current.submitterGroup());
            if (c.route() != null) {
                type = c.type();
                field = c.field();
                urgency = c.urgency();
                route = c.route();
            }
        }
        return new Submission(current.id(), current.processInstanceId(), current.submitterId(),
                current.submitterGroup(), current.sourceAgency(), title, summary, body, type, field, urgency,
                current.requestedPublicationDate(), current.status(), current.contentVersion(), route.appraiserGroup(),
                route.headApprovalRequired(), route.deadlineDays(), current.publishedItemKey(), current.createdAt(),
                current.updatedAt(), current.contributors());
    }

    private static boolean sameContent(Submission a, Submission b) {
        return Objects.equals(a.title(), b.title()) && Objects.equals(a.summary(), b.summary())
                && Objects.equals(a.bodyHtml(), b.bodyHtml());
    }

    private static Submission with(Submission s, SubmissionStatus status, int version, OffsetDateTime now) {
        return new Submission(s.id(), s.processInstanceId(), s.submitterId(), s.submitterGroup(), s.sourceAgency(),
                s.title(), s.summary(), s.bodyHtml(), s.contentType(), s.field(), s.urgency(),
                s.requestedPublicationDate(), status, version, s.appraiserGroup(), s.headApprovalRequired(),
                s.deadlineDays(), s.publishedItemKey(), s.createdAt(), now, s.contributors());
    }

    private static Publication publication(Submission s, String by, String changeNote) {
        String contributors = s.contributors().stream()
                .map(c -> c.name() + " (" + c.role().label().toLowerCase(VI) + ")")
                .collect(Collectors.joining(", "));
        return new Publication("content", s.id(), s.title(), s.summary(), s.bodyHtml(), s.contentType().code(),
                s.contentType().label(), contributors, s.sourceAgency(), s.auditPath(), by, changeNote);
    }

    private String lastComment(long id, Outcome outcome) {
        List<AuditEntry> entries = trail.entries(id);
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (outcome.code().equals(entries.get(i).action())) {
                return entries.get(i).comment();
            }
        }
        return null;
    }

    private static void requireStatus(Submission s, SubmissionStatus expected, String action) {
        if (s.status() != expected) {
            throw new IllegalStateException("Tin bài #" + s.id() + " đang ở trạng thái «" + s.status().label()
                    + "», không thể " + action + ".");
        }
    }

    private static InputRefused notFound(long id) {
        return InputRefused.of("Không tìm thấy tin bài #" + id + ".");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
