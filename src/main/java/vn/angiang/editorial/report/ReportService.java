package vn.angiang.editorial.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.papers.PaperDraft;
import vn.angiang.editorial.platform.papers.PaperKind;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.platform.validation.PlainText;

/**
 * The rules of the board's reports, without an engine: which period may be drafted, drafting from the records,
 * the secretariat's narrative, the review and the signature (each recorded in the audit trail under the
 * report's key), and the paper as it will be issued.
 */
@Service
public class ReportService {

    public static final String PROCESS_KEY = "monthly-report";
    /** Longest narrative part a report keeps. */
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_COMMENT = 2_000;

    private final ReportQueries queries;
    private final ReportRepository repository;
    private final ReportRules rules;
    private final Papers papers;
    private final AuditTrail audit;
    private final Clock clock;

    public ReportService(ReportQueries queries, ReportRepository repository, ReportRules rules, Papers papers,
            AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.repository = repository;
        this.rules = rules;
        this.papers = papers;
        this.audit = audit;
        this.clock = clock;
    }

    public ReportRules rules() {
        return rules;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BoardTime.ZONE));
    }

    /**
     * Refuses, in Vietnamese, a period that cannot be reported yet: a month not yet ended or already reported,
     * a period that ends after today.
     */
    public void refuseStart(ReportPeriod period) {
        if (period.kind() == ReportKind.MONTHLY) {
            if (!period.month().isBefore(YearMonth.from(today()))) {
                throw new InputRefused("reportFrom", "Tháng " + period.label().substring(6) + " chưa kết thúc: báo cáo tháng lập"
                        + " từ ngày làm việc đầu tiên của tháng sau.");
            }
            if (repository.monthlyExists(period.key())) {
                throw new InputRefused("reportFrom", "Báo cáo " + period.label() + " đã được lập.");
            }
        } else if (period.to().isAfter(today())) {
            throw new InputRefused("reportTo", "Kỳ báo cáo phải kết thúc muộn nhất là hôm nay.");
        }
    }

    public boolean monthlyDrafted(YearMonth month) {
        return repository.monthlyExists(month.toString());
    }

    /** Drafts the report of {@code period} from the records: every figure computed, nothing typed. */
    @Transactional
    public BoardReport draft(ReportPeriod period, String processInstanceId, Actor actor) {
        refuseStart(period);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insert(queries.figures(period), processInstanceId, now, actor.userId());
        audit.record(PROCESS_KEY, period.key(), "draftReport", actor, AuditFact.of("drafted", now));
        return get(id);
    }

    /** The secretariat's narrative (Đ12.4): the assessment and next tasks are required, proposals optional. */
    @Transactional
    public BoardReport writeNarrative(long id, String assessment, String nextTasks, String proposals, Actor actor) {
        InputRefused.Collector problems = new InputRefused.Collector();
        text(problems, "reportAssessment", "Đánh giá chung", assessment, MAX_TEXT, true);
        text(problems, "reportNextTasks", "Nhiệm vụ kỳ tới", nextTasks, MAX_TEXT, true);
        text(problems, "reportProposals", "Đề xuất, kiến nghị", proposals, MAX_TEXT, false);
        problems.throwIfAny();
        BoardReport r = get(id);
        repository.writeNarrative(id, assessment.strip(), nextTasks.strip(),
                proposals == null || proposals.isBlank() ? null : proposals.strip(), actor.userId());
        audit.record(PROCESS_KEY, r.period().key(), "writeNarrative", actor,
                AuditFact.of("written", OffsetDateTime.now(clock)));
        return get(id);
    }

    /**
     * The ICT deputy's review (Đ8.4: {@code approve} or {@code return}), or the signer's decision ({@code sign} or
     * {@code return}); a return needs its comment. Returns the outcome.
     */
    @Transactional
    public ReportOutcome decide(long id, String step, String code, String comment, Actor actor) {
        boolean signing = "signReport".equals(step);
        ReportOutcome expected = signing ? ReportOutcome.SIGN : ReportOutcome.APPROVE;
        ReportOutcome outcome = ReportOutcome.of(code).filter(o -> o == expected || o == ReportOutcome.RETURN)
                .orElseThrow(() -> new InputRefused("reportDecision", "Hãy chọn «" + expected.label() + "» hoặc «"
                        + ReportOutcome.RETURN.label() + "»."));
        InputRefused.Collector problems = new InputRefused.Collector();
        text(problems, "reportComment", "Ý kiến", comment, MAX_COMMENT, outcome == ReportOutcome.RETURN);
        problems.throwIfAny();
        BoardReport r = get(id);
        String cleaned = comment == null || comment.isBlank() ? null : comment.strip();
        ReportStatus status = outcome == ReportOutcome.RETURN ? ReportStatus.RETURNED : ReportStatus.REVIEWED;
        repository.decide(id, status, signing ? null : actor.userId(), cleaned);
        audit.record(PROCESS_KEY, r.period().key(), step, actor,
                AuditFact.of(outcome.code(), OffsetDateTime.now(clock)).withComment(cleaned));
        return outcome;
    }

    /** The paper as it will be issued (no signer yet): the wording and the recipients of the rules. */
    public PaperDraft paperDraft(BoardReport r) {
        return PaperDraft.of(PaperKind.BAO_CAO, papers.text(ReportPaper.template(r.period()), ReportPaper.model(r)))
                .withRecipients(rules.recipients().paperLines().toArray(String[]::new));
    }

    @Transactional
    public void issued(long id, Actor signer, long paperId, String symbol) {
        BoardReport r = get(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.issued(id, signer.userId(), signer.actingFor(), signer.delegation(), now, paperId, symbol);
        audit.record(PROCESS_KEY, r.period().key(), "issueReport", signer, AuditFact.of("issued", now).withDetail(symbol));
    }

    public BoardReport get(long id) {
        return repository.find(id).orElseThrow(() -> new IllegalStateException("Không có báo cáo " + id));
    }

    public Optional<BoardReport> monthly(YearMonth month) {
        return repository.monthly(month.toString());
    }

    /** The figures of a period as they stand now (the dashboard, a month not yet reported). */
    public ReportFigures figuresNow(ReportPeriod period) {
        return queries.figures(period);
    }

    /** The current month from its first day to today. */
    public ReportPeriod monthSoFar() {
        LocalDate today = today();
        return new ReportPeriod(ReportKind.MONTHLY, today.withDayOfMonth(1), today);
    }

    public ReportQueries queries() {
        return queries;
    }

    public ReportRepository repository() {
        return repository;
    }

    private static void text(InputRefused.Collector problems, String field, String label, String value, int max,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field, label + " không được để trống.");
            }
            return;
        }
        if (value.strip().length() > max) {
            problems.add(field, label + " dài quá " + max + " ký tự.");
            return;
        }
        String unsafe = PlainText.unsafeCharacters(value);
        if (unsafe != null) {
            problems.add(field, label + " " + unsafe);
        }
    }
}
