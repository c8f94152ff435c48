package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.process.BoardTime;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.validation.InputRefused;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.angiang.editorial.platform.deadline.Deadline;
import vn.angiang.editorial.platform.deadline.Deadlines;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.publishing.PlainTextHtml;
import vn.angiang.editorial.platform.publishing.Publication;
import vn.angiang.editorial.platform.publishing.Publisher;

/**
 * The business rules of feedback handling, independent of the engine: what a submission must contain,
 * what each step may decide, the deadlines, and what the public may see. Every change writes the audit
 * trail in the same transaction (the engine's, when called from the process).
 */
@Service
@Transactional
public class FeedbackService {

    public static final String REJECT = "reject";
    public static final String ANSWER = "answer";
    public static final String FORWARD = "forward";
    public static final String OUT_OF_SCOPE = "out-of-scope";
    /** for feedback outside any single agency's competence: the board advises the People's Committee to direct (Đ5.4) */
    public static final String ADVISE_COMMITTEE = "advise-committee";
    public static final String APPROVE = "approve";
    public static final String NOT_COMPETENT = "not-competent";
    public static final String ACCEPT = "accept";
    public static final String RETURN = "return";
    /** the source kind of published answers in the public feed ({@code /public/feed}) */
    public static final String FEED_KIND = "feedback";

    private final FeedbackRepository repository;
    private final FeedbackTrail trail;
    private final FeedbackValidator validator;
    private final FeedbackCatalog catalog;
    private final FeedbackRules rules;
    private final Deadlines deadlines;
    private final Publisher publisher;
    private final OrgDirectory org;
    private final Clock clock;

    public FeedbackService(FeedbackRepository repository, FeedbackTrail trail, FeedbackValidator validator,
            FeedbackCatalog catalog, FeedbackRules rules, Deadlines deadlines, Publisher publisher, OrgDirectory org,
            ObjectProvider<Clock> clock) {
        this.org = org;
        this.repository = repository;
        this.trail = trail;
        this.validator = validator;
        this.catalog = catalog;
        this.rules = rules;
        this.deadlines = deadlines;
        this.publisher = publisher;
        this.clock = clock.getIfAvailable(() -> Clock.system(BoardTime.ZONE));
    }

    /**
     * Checks and stores a new submission with a fresh tracking code (status RECEIVED).
     *
     * @param enteredBy the official who entered it (paper, phone, e-mail), null for the public form
     * @throws InputRefused listing every faulty field; nothing is stored then
     */
    public Feedback receive(FeedbackForm form, Channel channel, String enteredBy) {
        FeedbackForm clean = validator.check(form);
        OffsetDateTime now = now();
        String code = TrackingCodes.next();
        long id = repository.insert(code, channel, enteredBy, clean, now);
        Actor receiver = enteredBy == null ? Actor.of(FeedbackEvent.CITIZEN, null)
                : Actor.of(enteredBy, org.group(BoardRole.IT_CENTER));
        trail.add(code, "feedbackReceived", receiver, FeedbackAction.RECEIVED.code(), "Kênh tiếp nhận: " + channel.label(), null, now);
        return get(id);
    }

    /** Links the record to the process instance that handles it; refused if another instance has it. */
    public void attachProcess(long id, String processInstanceId) {
        if (!repository.attachProcess(id, processInstanceId)) {
            throw new InputRefused("feedbackId",
                    "Phản ánh #" + id + " không tồn tại hoặc đang được xử lý trong một hồ sơ khác.");
        }
    }

    /**
     * The feedback a process instance handles, checked against the record: the record names the
     * instance that handles it, so an id the instance was given from outside cannot make it act on
     * another citizen's feedback.
     *
     * @throws AuthorizationException when the record belongs to another instance
     */
    @Transactional(readOnly = true)
    public long bound(long id, String processInstanceId) {
        Feedback f = get(id);
        if (processInstanceId == null || !processInstanceId.equals(f.processInstanceId())) {
            throw new AuthorizationException("Phản ánh #" + id + " không thuộc hồ sơ quy trình " + processInstanceId
                    + ": không được xử lý phản ánh của hồ sơ khác.");
        }
        return id;
    }

    /**
     * Applies the routing table and sets the forwarding deadline (5 working days from receipt).
     * An empty proposal (no rule) leaves the choice to the official.
     */
    public Feedback propose(long id) {
        Feedback f = lock(id);
        String proposal = rules.proposedAgency(f.topic(), f.area(), catalog.areaAgency(f.area()).orElse(null)).orElse(null);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("proposed_agency", proposal);
        if (f.classifyDue() == null) {
            changes.put("classify_due", due(f.createdAt(), rules.deadline("forward")));
        }
        OffsetDateTime now = now();
        repository.update(id, changes, now);
        trail.add(f.trackingCode(), "proposeAgency", Actor.system(), FeedbackAction.PROPOSED.code(),
                proposal == null ? "Bảng phân tuyến không có đề xuất cho lĩnh vực, địa bàn này"
                        : "Đề xuất: " + catalog.agencyLabel(proposal), proposal, now);
        return get(id);
    }

    /**
     * The IT center's classification: not fit to be handled (with the reason shown to the sender), not
     * feedback at all (with where to send it instead), answered by the board (with the answer), or a
     * proposal to forward to a competent agency — or to advise the People's Committee to direct, for what
     * no single agency can settle (through the provincial office). Forwarding is the board's act (Đ5.4,
     * Đ14.3): a proposal waits for the head or a delegate ({@link #approveForwarding}).
     */
    public Feedback classify(long id, String outcome, String agencyGroup, String reason, String answer, Actor actor) {
        Feedback f = lock(id);
        // who classifies (Đ11.1) and who reviews answers (Đ5.4): the groups of the model's tasks
        requireActor(actor, org.group(BoardRole.IT_CENTER), "Chỉ Trung tâm Tin học được phân loại phản ánh " + f.trackingCode() + ".");
        requireStatus(f, FeedbackStatus.RECEIVED, "phân loại");
        Map<String, String> errors = new LinkedHashMap<>();
        String decision = choice(errors, "classification", outcome, "Chưa chọn kết quả phân loại (không đủ điều kiện xử lý, "
                + "không thuộc phạm vi, Ban Biên tập trả lời, chuyển cơ quan có thẩm quyền hoặc kiến nghị UBND tỉnh chỉ đạo).",
                REJECT, OUT_OF_SCOPE, ANSWER, FORWARD, ADVISE_COMMITTEE);
        String reasonText = validator.comment(errors, "rejectionReason",
                OUT_OF_SCOPE.equals(decision) ? "Hướng dẫn gửi đúng nơi" : "Lý do không đủ điều kiện xử lý", reason,
                FeedbackValidator.MAX_REASON, REJECT.equals(decision) || OUT_OF_SCOPE.equals(decision));
        String answerText = validator.comment(errors, "answerText", "Nội dung trả lời", answer, FeedbackValidator.MAX_ANSWER,
                ANSWER.equals(decision));
        String agency = agencyGroup == null || agencyGroup.isBlank() ? null : agencyGroup.strip();
        if (ADVISE_COMMITTEE.equals(decision)) {
            // the board's advice goes to the People's Committee through its office, which answers back
            agency = org.group(BoardRole.PROVINCIAL_OFFICE);
        }
        boolean forwarding = FORWARD.equals(decision) || ADVISE_COMMITTEE.equals(decision);
        if (FORWARD.equals(decision) && agency == null) {
            errors.put("agencyGroup", "Chưa chọn cơ quan có thẩm quyền để chuyển.");
        } else if (agency != null && !catalog.isAgency(agency)) {
            // checked whatever the decision: the form's value stays a variable of the instance even when
            // the case is not forwarded, and the list offers nothing else
            errors.put("agencyGroup", "«" + agency + "» không phải cơ quan trong sơ đồ tổ chức; hãy chọn trong danh sách.");
        } else if (forwarding && !org.hasActiveMember(agency)) {
            // no task lands in an empty group: the agency's answer task would wait where nobody sees it
            errors.put("agencyGroup", catalog.agencyLabel(agency) + " chưa có cán bộ nào được phân công xử lý trên hệ thống"
                    + " (nhóm «" + agency + "» chưa có thành viên), nên phản ánh chuyển đến sẽ không ai nhận. Hãy chọn"
                    + " cơ quan khác, hoặc đề nghị quản trị viên thêm cán bộ của cơ quan vào nhóm rồi phân loại lại.");
        }
        throwIfAny(errors);
        OffsetDateTime now = now();
        Map<String, Object> changes = new LinkedHashMap<>();
        String comment;
        switch (decision) {
            case REJECT, OUT_OF_SCOPE -> {
                changes.put("status", (REJECT.equals(decision) ? FeedbackStatus.NOT_ACCEPTED : FeedbackStatus.OUT_OF_SCOPE).name());
                changes.put("rejection_reason", reasonText);
                comment = reasonText;
                agency = null;
            }
            case ANSWER -> {
                changes.put("status", FeedbackStatus.UNDER_REVIEW.name());
                changes.put("handled_by", Feedback.HANDLED_BY_BOARD);
                changes.put("agency_group", null);
                putAnswer(changes, answerText, actor, now);
                comment = answerText;
                agency = null;
            }
            default -> {
                changes.put("status", FeedbackStatus.AWAITING_FORWARD_APPROVAL.name());
                changes.put("handled_by", Feedback.HANDLED_BY_AGENCY);
                changes.put("agency_group", agency);
                comment = (ADVISE_COMMITTEE.equals(decision) ? "Đề xuất kiến nghị UBND tỉnh chỉ đạo (qua " : "Đề xuất chuyển ")
                        + catalog.agencyLabel(agency) + (ADVISE_COMMITTEE.equals(decision) ? ")" : "")
                        + (agency.equals(f.proposedAgency()) ? " (theo đề xuất của bảng phân tuyến)" : "");
            }
        }
        repository.update(id, changes, now);
        trail.add(f.trackingCode(), "classifyFeedback", actor, decision, comment, agency, now);
        return get(id);
    }

    /**
     * The head (or a deputy under a delegation to sign papers, checked by the task) approves the forwarding
     * the IT center proposed: the case is forwarded now and the agency's time runs from now; or returns it
     * to the IT center with a comment, with a new time to classify.
     */
    public Feedback approveForwarding(long id, String decision, String comment, Actor actor) {
        Feedback f = lock(id);
        requireStatus(f, FeedbackStatus.AWAITING_FORWARD_APPROVAL, "duyệt phiếu chuyển");
        Map<String, String> errors = new LinkedHashMap<>();
        String outcome = choice(errors, "forwardDecision", decision, "Chưa chọn: duyệt phiếu chuyển hoặc trả lại Trung tâm Tin học.",
                APPROVE, RETURN);
        String note = validator.comment(errors, "forwardComment", "Ý kiến", comment, FeedbackValidator.MAX_REASON,
                RETURN.equals(outcome));
        throwIfAny(errors);
        OffsetDateTime now = now();
        Map<String, Object> changes = new LinkedHashMap<>();
        if (APPROVE.equals(outcome)) {
            changes.put("status", FeedbackStatus.FORWARDED.name());
            changes.put("forwarded_at", now);
            changes.put("answer_due", due(now, rules.deadline("answer")));
            changes.put("last_progress_at", now);
        } else {
            backToClassification(changes, now);
        }
        repository.update(id, changes, now);
        trail.add(f.trackingCode(), "approveForwarding", actor, outcome, note, f.agencyGroup(), now);
        return get(id);
    }

    /** Back to the IT center, with the time to classify counted again from now (not overdue at once). */
    private void backToClassification(Map<String, Object> changes, OffsetDateTime now) {
        changes.put("status", FeedbackStatus.RECEIVED.name());
        changes.put("agency_group", null);
        changes.put("handled_by", null);
        changes.put("classify_due", due(now, rules.deadline("forward")));
    }

    /** The number of days an agency has to answer, as the rules say, for the words of mails and forms. */
    public int answerDays() {
        return rules.deadline("answer").days();
    }

    /** The agency's response: an answer, or "not within our competence" (with a reason) back to classification. */
    public Feedback respond(long id, String response, String text, Actor actor) {
        Feedback f = lock(id);
        // a member of the agency the record is forwarded to, whatever the instance's variables say
        requireActor(actor, f.agencyGroup(), "Chỉ cơ quan được chuyển phản ánh " + f.trackingCode() + " ("
                + catalog.agencyLabel(f.agencyGroup()) + ") được trả lời phản ánh này.");
        requireStatus(f, FeedbackStatus.FORWARDED, "trả lời");
        Map<String, String> errors = new LinkedHashMap<>();
        String decision = choice(errors, "agencyResponse", response, "Chưa chọn: trả lời hoặc trả lại vì không thuộc thẩm quyền.",
                ANSWER, NOT_COMPETENT);
        String body = null;
        if (ANSWER.equals(decision)) {
            body = validator.comment(errors, "answerText", "Nội dung trả lời", text, FeedbackValidator.MAX_ANSWER, true);
        } else if (NOT_COMPETENT.equals(decision)) {
            body = validator.comment(errors, "answerText", "Lý do không thuộc thẩm quyền", text, FeedbackValidator.MAX_REASON, true);
        }
        throwIfAny(errors);
        OffsetDateTime now = now();
        Map<String, Object> changes = new LinkedHashMap<>();
        if (ANSWER.equals(decision)) {
            changes.put("status", FeedbackStatus.UNDER_REVIEW.name());
            putAnswer(changes, body, actor, now);
        } else {
            backToClassification(changes, now);
        }
        repository.update(id, changes, now);
        trail.add(f.trackingCode(), "answerFeedback", actor.inGroup(f.agencyGroup()), decision, body, f.agencyGroup(), now);
        return get(id);
    }

    /**
     * A board member's review: accept (with the public texts, personal data removed before publication)
     * or return with comments to whoever answered.
     */
    public Feedback review(long id, String decision, String comment, String publicQuestion, String publicAnswer, Actor actor) {
        Feedback f = lock(id);
        requireActor(actor, org.group(BoardRole.BOARD_MEMBERS), "Chỉ thành viên Ban Biên tập được xem xét câu trả lời phản ánh "
                + f.trackingCode() + ".");
        requireStatus(f, FeedbackStatus.UNDER_REVIEW, "xem xét câu trả lời");
        Map<String, String> errors = new LinkedHashMap<>();
        String outcome = choice(errors, "reviewDecision", decision, "Chưa chọn: chấp thuận đăng hoặc trả lại câu trả lời.",
                ACCEPT, RETURN);
        String note = validator.comment(errors, "reviewComment", "Ý kiến", comment, FeedbackValidator.MAX_REASON, RETURN.equals(outcome));
        String question = validator.comment(errors, "publicQuestion", "Nội dung phản ánh, kiến nghị công khai", publicQuestion, FeedbackValidator.MAX_CONTENT, false);
        String answer = validator.comment(errors, "publicAnswer", "Câu trả lời công khai", publicAnswer, FeedbackValidator.MAX_ANSWER, false);
        throwIfAny(errors);
        OffsetDateTime now = now();
        Map<String, Object> changes = new LinkedHashMap<>();
        if (ACCEPT.equals(outcome)) {
            changes.put("public_question", PersonalDataRedactor.redact(
                    question != null ? question : f.subject() + "\n\n" + f.content(), f));
            changes.put("public_answer", PersonalDataRedactor.redact(answer != null ? answer : f.answerText(), f));
        } else if (Feedback.HANDLED_BY_AGENCY.equals(f.handledBy())) {
            changes.put("status", FeedbackStatus.FORWARDED.name());
        } else {
            // the board's own answer goes back to the IT center, which wrote it
            changes.put("status", FeedbackStatus.RECEIVED.name());
            changes.put("classify_due", due(now, rules.deadline("forward")));
        }
        repository.update(id, changes, now);
        trail.add(f.trackingCode(), "reviewAnswer", actor, outcome, note, ACCEPT.equals(outcome) ? null : f.agencyGroup(),
                now);
        return get(id);
    }

    /** Publishes the accepted question and answer (status ANSWERED). */
    public Feedback publish(long id, String by) {
        Feedback f = lock(id);
        requireStatus(f, FeedbackStatus.UNDER_REVIEW, "công khai");
        if (f.publicAnswer() == null) {
            throw new IllegalStateException("Phản ánh " + f.trackingCode() + " chưa được chấp thuận câu trả lời.");
        }
        OffsetDateTime now = now();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", FeedbackStatus.ANSWERED.name());
        changes.put("published_at", now);
        changes.put("published_by", by);
        repository.update(id, changes, now);
        String agency = Feedback.HANDLED_BY_AGENCY.equals(f.handledBy()) ? catalog.agencyLabel(f.agencyGroup())
                : catalog.agencyLabel(FeedbackCatalog.BOARD);
        var item = publisher.publish(new Publication(FEED_KIND, id, PersonalDataRedactor.redact(f.subject(), f),
                catalog.topicLabel(f.topic()) + " — " + catalog.areaLabel(f.area()),
                "<h2>Nội dung phản ánh, kiến nghị</h2>" + PlainTextHtml.paragraphs(f.publicQuestion()) + "<h2>Trả lời</h2>"
                        + PlainTextHtml.paragraphs(f.publicAnswer()),
                FEED_KIND, "Trả lời phản ánh, kiến nghị", agency, agency,
                "/api/feedback/" + f.trackingCode() + "/audit", by, null));
        trail.add(f.trackingCode(), "publishAnswer", Actor.of(by, null), FeedbackAction.PUBLISHED.code(), "Đăng trên Cổng: " + item.key(), null, now);
        return get(id);
    }

    /** The 7-day progress note while the agency has not answered (the reminder goes to the agency). */
    public Feedback recordProgress(long id) {
        Feedback f = lock(id);
        OffsetDateTime now = now();
        repository.update(id, Map.of("last_progress_at", now), now);
        trail.add(f.trackingCode(), "remindAgency", Actor.system(), FeedbackAction.REMINDED.code(),
                "Đôn đốc trả lời, hạn " + format(f.answerDue()), f.agencyGroup(), now);
        return get(id);
    }

    /** The agency's answer is overdue: flagged (once) for the monthly report and escalated. */
    public Feedback escalate(long id) {
        Feedback f = lock(id);
        OffsetDateTime now = now();
        if (f.escalatedAt() == null) {
            repository.update(id, Map.of("escalated_at", now), now);
        }
        trail.add(f.trackingCode(), "escalateOverdue", Actor.system(), FeedbackAction.ESCALATED.code(),
                "Quá hạn trả lời (hạn " + format(f.answerDue()) + ")", f.agencyGroup(), now);
        return get(id);
    }

    /** A note in the trail (e.g. a notification that could not be sent). */
    public void note(long id, String step, String outcome, String comment) {
        trail.add(get(id).trackingCode(), step, Actor.system(), outcome, comment, null, now());
    }

    @Transactional(readOnly = true)
    public Feedback get(long id) {
        return repository.find(id).orElseThrow(() -> new InputRefused("feedbackId", "Không tìm thấy phản ánh #" + id + "."));
    }

    @Transactional(readOnly = true)
    public Optional<Feedback> findByTrackingCode(String text) {
        return TrackingCodes.parse(text).flatMap(repository::findByTrackingCode);
    }

    @Transactional(readOnly = true)
    public List<Feedback> published(int limit) {
        return repository.published(limit);
    }

    @Transactional(readOnly = true)
    public List<FeedbackEvent> events(long id) {
        return trail.events(get(id).trackingCode());
    }

    /** Days between two progress reminders while an agency has not answered (the routing table's "progress"). */
    public int progressIntervalDays() {
        return rules.deadline("progress").days();
    }

    /** The deadline of a step counted from a moment, as a Date for the engine (due dates, timers). */
    public Date dueDate(OffsetDateTime from, String step) {
        return Date.from(due(from, rules.deadline(step)).toInstant());
    }

    // --- rules --------------------------------------------------------------------------------

    private OffsetDateTime due(OffsetDateTime from, Deadline deadline) {
        return deadlines.due(from, deadline);
    }

    private void putAnswer(Map<String, Object> changes, String text, Actor actor, OffsetDateTime now) {
        changes.put("answer_text", text);
        changes.put("answered_by", actor.userId());
        changes.put("answered_group", actor.group());
        changes.put("answered_at", now);
        changes.put("publish_due", due(now, rules.deadline("publish")));
        changes.put("public_question", null);
        changes.put("public_answer", null);
    }

    private static String choice(Map<String, String> errors, String field, String raw, String missing, String... allowed) {
        if (raw == null || raw.isBlank()) {
            errors.put(field, missing);
            return null;
        }
        for (String option : allowed) {
            if (option.equals(raw.strip())) {
                return option;
            }
        }
        errors.put(field, "Lựa chọn «" + abbreviate(raw) + "» không hợp lệ ở bước này.");
        return null;
    }

    private static String abbreviate(String raw) {
        String s = raw.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InputRefused(errors);
        }
    }

    private Feedback lock(long id) {
        return repository.findForUpdate(id).orElseThrow(() -> new InputRefused("feedbackId",
                "Không tìm thấy phản ánh #" + id + "."));
    }

    private static void requireActor(Actor actor, String group, String refusal) {
        if (!actor.mayActFor(group)) {
            throw new AuthorizationException(refusal);
        }
    }

    private static void requireStatus(Feedback f, FeedbackStatus expected, String action) {
        if (f.status() != expected) {
            throw new InputRefused("status", "Phản ánh " + f.trackingCode() + " đang ở trạng thái «"
                    + f.status().label() + "», không thể " + action + ".");
        }
    }

    static String format(OffsetDateTime time) {
        return BoardTime.format(time);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
