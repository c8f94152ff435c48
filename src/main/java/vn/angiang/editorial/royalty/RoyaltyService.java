package vn.angiang.editorial.royalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.royalty.RoyaltyInputs.Proposal;
import vn.angiang.editorial.royalty.RoyaltyInputs.ShareInput;
import vn.angiang.editorial.royalty.RoyaltyInputs.WorkScore;

/**
 * The rules of the monthly royalty payout, testable without an engine: drafting a month's statement from
 * the content records, the members' proposals (Đ10.9), the IT center's scoring (Đ11.6), who is paid
 * (Đ17.2), and the approval (Đ7.6). Bad input is refused in Vietnamese and changes nothing.
 */
@Service
public class RoyaltyService {

    public static final String PROCESS_KEY = "royalty-payout";
    static final String SCORES = "royaltyScores";
    static final String PROPOSALS = "royaltyProposals";
    static final String OWN_DUTY = "Việc thuộc chức năng, nhiệm vụ: không hưởng nhuận bút (Đ17.2 Quy chế)";
    static final String APPROVED_LINE = "Đã duyệt — chỉ sửa khi có sai sót";
    static final String CORRECTED_LINE = "Đã duyệt — đang điều chỉnh trong bảng kê bổ sung này";
    static final String NO_LONGER_PAID = "Không còn hưởng theo bảng kê bổ sung: thu hồi";

    private final RoyaltyRules rules;
    private final RoyaltyRepository repository;
    private final RoyaltyPaymentRepository payees;
    private final PublishedWorks published;
    private final BoardMembers members;
    private final OrgDirectory org;
    private final AuditTrail audit;
    private final Clock clock;

    public RoyaltyService(RoyaltyRules rules, RoyaltyRepository repository, RoyaltyPaymentRepository payees,
            PublishedWorks published, BoardMembers members, OrgDirectory org, AuditTrail audit, Clock clock) {
        this.members = members;
        this.rules = rules;
        this.repository = repository;
        this.payees = payees;
        this.published = published;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    public RoyaltyRules rules() {
        return rules;
    }

    /** The month whose works are paid when the payout starts on {@code day}: the previous month. */
    public static YearMonth monthBefore(LocalDate day) {
        return YearMonth.from(day).minusMonths(1);
    }

    /** Today in the board's time zone. */
    /** Now, on the clock every royalty record is dated by. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BoardTime.ZONE));
    }

    /**
     * Refuses to start a month that already has a regular statement: approved ones never change (corrections
     * go through a supplementary statement), and one being prepared is not drafted twice. Also refuses a month
     * that has not ended yet.
     */
    public void refuseRun(YearMonth month) {
        if (month == null) {
            throw new InputRefused("royaltyMonth", "Hãy chọn tháng lập bảng kê (năm-tháng, ví dụ 2026-11).");
        }
        if (!month.isBefore(YearMonth.from(today()))) {
            throw new InputRefused("royaltyMonth", "Tháng " + label(month)
                    + " chưa kết thúc: chỉ lập bảng kê cho tháng đã qua.");
        }
        repository.regularOf(month).ifPresent(s -> {
            throw new InputRefused("royaltyMonth", s.status() == StatementStatus.APPROVED
                    ? "Bảng kê nhuận bút tháng " + label(month) + " đã được phê duyệt"
                            + (s.paperSymbol() == null ? "" : " (số " + s.paperSymbol() + ")")
                            + ": không lập lại; tác phẩm bổ sung được lập bằng bảng kê bổ sung (chọn loại «"
                            + StatementKind.SUPPLEMENTARY.label() + "»)."
                    : "Bảng kê nhuận bút tháng " + label(month) + " đang được lập (" + s.status().label()
                            + "): hãy tiếp tục hồ sơ đó.");
        });
    }

    /**
     * Refuses a supplementary statement of {@code month} unless its regular statement is approved and no other
     * supplementary statement of the month is still being prepared.
     */
    public void refuseSupplementary(YearMonth month) {
        if (month == null) {
            throw new InputRefused("royaltyMonth", "Hãy chọn tháng lập bảng kê (năm-tháng, ví dụ 2026-11).");
        }
        RoyaltyStatement regular = repository.regularOf(month).orElse(null);
        if (regular == null || regular.status() != StatementStatus.APPROVED) {
            throw new InputRefused("royaltyKind", "Tháng " + label(month) + " chưa có bảng kê được phê duyệt: "
                    + "bảng kê bổ sung chỉ lập cho tháng đã duyệt; hãy lập (hoặc tiếp tục) bảng kê tháng.");
        }
        repository.supplementaryOf(month).stream().filter(s -> s.status() != StatementStatus.APPROVED).findFirst()
                .ifPresent(s -> {
                    throw new InputRefused("royaltyKind", "Đang có bảng kê bổ sung tháng " + label(month) + " ("
                            + s.status().label() + "): hãy tiếp tục hồ sơ đó.");
                });
    }

    /**
     * Drafts a supplementary statement of an approved {@code month}: the works first published that month that
     * are on none of the month's statements (recorded late, or missed), scored and approved as the regular one.
     * Works already approved are not drafted: the scoring offers them for correction ({@link #scoresFor}).
     */
    @Transactional
    public RoyaltyStatement draftSupplementary(YearMonth month, String processInstanceId, Actor actor) {
        refuseSupplementary(month);
        java.util.Set<Long> already = repository.itemsOnStatements(month);
        List<PublishedWork> added = published.firstPublishedIn(month).stream()
                .filter(w -> !already.contains(w.publishedItemId()))
                .filter(w -> rules.draftKind(w.contentType()).isPresent()).toList();
        if (added.isEmpty() && approvedWorks(month).isEmpty()) {
            throw new InputRefused("royaltyKind", "Mọi tác phẩm được đăng tháng " + label(month)
                    + " đã có trong bảng kê và bảng kê đã duyệt không có tác phẩm nào để điều chỉnh: không có gì để"
                    + " lập bảng kê bổ sung.");
        }
        return draft(month, StatementKind.SUPPLEMENTARY, processInstanceId, actor, added);
    }

    /** Whether a regular statement of {@code month} exists (the monthly timer then has nothing to do). */
    public boolean drafted(YearMonth month) {
        return repository.regularOf(month).isPresent();
    }

    /**
     * Drafts the regular statement of {@code month}: each work first published that month with its kind (from
     * the content type), the unit value of its publication date, its field's member, and its contributors as
     * payees in equal shares (who they are follows from the submitter's group; the IT center corrects it).
     */
    @Transactional
    public RoyaltyStatement draft(YearMonth month, String processInstanceId, Actor actor) {
        refuseRun(month);
        RoyaltyStatement s = draft(month, StatementKind.REGULAR, processInstanceId, actor,
                published.firstPublishedIn(month));
        int position = 0;
        for (RoyaltyRules.MemberFee fee : rules.memberFeesOn(month.atEndOfMonth())) {
            for (var group : org.groupsOfKind(GroupKind.valueOf(fee.groupKind()))) {
                for (BoardMembers.Member m : members.of(group.id())) {
                    repository.insertFee(s.id(), new FeeLine(++position, m.userId(), m.name().isEmpty() ? m.userId()
                            : m.name(), group.id(), fee.amount(), fee.source()));
                }
            }
        }
        return position == 0 ? s : get(s.id());
    }

    private RoyaltyStatement draft(YearMonth month, StatementKind statementKind, String processInstanceId, Actor actor,
            List<PublishedWork> works) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insertStatement(month, statementKind, processInstanceId, now, actor.userId());
        int position = 0;
        for (PublishedWork w : works) {
            String kind = rules.draftKind(w.contentType()).orElse(null);
            if (kind == null) {
                continue;
            }
            LocalDate on = w.firstPublishedAt().atZoneSameInstant(BoardTime.ZONE).toLocalDate();
            RoyaltyRules.UnitValue unit = rules.unitValueOn(on);
            repository.insertWork(id, new RoyaltyWork(0, ++position, w.publishedItemId(), w.submissionId(),
                    w.itemKey(), w.title(), w.fieldCode(), w.fieldGroup(), kind, on, unit.amount(),
                    unit.baseSalary().amount(), unit.baseSalary().source(), null, null, null, 0,
                    draftShares(w)));
        }
        audit.record(PROCESS_KEY, key(month), "draftStatement", actor, AuditFact.of("drafted", now)
                .withDetail(statementKind.label() + ": " + position + " tác phẩm"));
        return repository.find(id).orElseThrow();
    }

    private List<RoyaltyShare> draftShares(PublishedWork w) {
        List<PublishedWork.Contributor> people = w.contributors();
        if (people.isEmpty()) {
            people = List.of(new PublishedWork.Contributor("(chưa ghi tác giả)", "author"));
        }
        PayeeKind kind = payeeKindOf(w.submitterGroup());
        List<Integer> percents = equalPercents(people.size());
        List<RoyaltyShare> shares = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            shares.add(new RoyaltyShare(i + 1, people.get(i).name(), people.get(i).role(), kind, false,
                    percents.get(i), 0, kind.paid(false) ? null : OWN_DUTY));
        }
        return shares;
    }

    /** 100 split in whole per cents, the first ones getting the rest: 3 → 34, 33, 33. */
    static List<Integer> equalPercents(int n) {
        List<Integer> percents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            percents.add(100 / n + (i < 100 % n ? 1 : 0));
        }
        return percents;
    }

    private PayeeKind payeeKindOf(String group) {
        GroupKind kind = group == null ? null : org.kind(group).orElse(null);
        if (kind == null) {
            return PayeeKind.AGENCY_AUTHOR;
        }
        return switch (kind) {
            case COLLABORATOR -> PayeeKind.COLLABORATOR;
            case BOARD_HEAD, DEPUTY_HEAD, BOARD_MEMBER -> PayeeKind.BOARD_MEMBER;
            case SECRETARIAT, IT_CENTER -> PayeeKind.SECRETARIAT;
            default -> PayeeKind.AGENCY_AUTHOR;
        };
    }

    /** The groups of the members whose fields have works on the statement: each proposes for its own. */
    public List<String> fieldGroups(long statementId) {
        return get(statementId).works().stream().filter(w -> !w.correction()).map(RoyaltyWork::fieldGroup).filter(Objects::nonNull).distinct()
                .toList();
    }

    /** What the member of {@code fieldGroup} is asked to propose: the works of the field with their frames. */
    public List<Proposal> proposalsFor(long statementId, String fieldGroup) {
        return get(statementId).works().stream().filter(w -> Objects.equals(fieldGroup, w.fieldGroup()))
                .map(w -> new Proposal(w.id(), w.title(), rules.kind(w.kind()).map(RoyaltyRules.Kind::label)
                        .orElse(w.kind()), rules.frameOn(w.kind(), w.publishedOn()).map(RoyaltyRules.Frame::range)
                        .orElse("(chưa có khung)"), w.proposedCoefficient()))
                .toList();
    }

    /**
     * The member of {@code fieldGroup} proposes a coefficient for each work of the field (Đ10.9), within the
     * frame of its kind on its publication date.
     */
    @Transactional
    public void propose(long statementId, String fieldGroup, List<Proposal> proposals, Actor actor) {
        RoyaltyStatement s = open(statementId, StatementStatus.DRAFTED, PROPOSALS);
        if (!actor.mayActFor(fieldGroup)) {
            throw new InputRefused(PROPOSALS, "Chỉ thành viên phụ trách lĩnh vực đề xuất hệ số cho tác phẩm của lĩnh vực (Đ10.9 Quy chế).");
        }
        Map<Long, RoyaltyWork> ofField = s.works().stream().filter(w -> Objects.equals(fieldGroup, w.fieldGroup()))
                .collect(Collectors.toMap(RoyaltyWork::id, Function.identity()));
        List<String> problems = new ArrayList<>();
        Map<Long, BigDecimal> accepted = new HashMap<>();
        for (Proposal p : proposals == null ? List.<Proposal>of() : proposals) {
            RoyaltyWork w = p.workId() == null ? null : ofField.get(p.workId());
            if (w == null) {
                problems.add("Tác phẩm " + p.workId() + " không thuộc lĩnh vực của bạn trong bảng kê này.");
                continue;
            }
            try {
                rules.refuseOutsideFrame(PROPOSALS, w.title(), w.kind(), w.publishedOn(), p.coefficient());
                accepted.put(w.id(), p.coefficient());
            } catch (InputRefused e) {
                problems.addAll(e.problems());
            }
        }
        ofField.values().stream().filter(w -> !accepted.containsKey(w.id()))
                .filter(w -> problems.stream().noneMatch(m -> m.contains("«" + w.title() + "»")))
                .forEach(w -> problems.add("Chưa đề xuất hệ số cho «" + w.title() + "»."));
        if (!problems.isEmpty()) {
            throw new InputRefused(PROPOSALS, String.join(" ", problems));
        }
        accepted.forEach((id, c) -> repository.markProposed(id, c, actor.userId()));
        audit.record(PROCESS_KEY, key(s.period()), "proposeCoefficients", actor,
                AuditFact.of("proposed", OffsetDateTime.now(clock)).withDetail(fieldGroup));
    }

    /**
     * What the IT center scores: every work, prefilled with the member's proposal and the drafted payees; on a
     * supplementary statement also every work of the month's approved statements as it stands (or as this
     * statement already corrects it), flagged {@value #APPROVED_LINE}.
     */
    public List<WorkScore> scoresFor(long statementId) {
        RoyaltyStatement s = get(statementId);
        List<WorkScore> scores = new ArrayList<>(s.works().stream().filter(w -> !w.correction())
                .map(w -> new WorkScore(w.id(), w.title(), w.kind(),
                        w.coefficient() != null ? w.coefficient() : w.proposedCoefficient(), shareInputs(w)))
                .toList());
        if (s.kind() == StatementKind.SUPPLEMENTARY) {
            Map<Long, RoyaltyWork> corrected = s.works().stream().filter(RoyaltyWork::correction)
                    .collect(Collectors.toMap(RoyaltyWork::correctsWorkId, Function.identity()));
            for (Approved a : approvedWorks(s.period()).values()) {
                RoyaltyWork w = corrected.getOrDefault(a.current().id(), a.current());
                scores.add(new WorkScore(null, a.current().title(), w.kind(), w.coefficient(), shareInputs(w),
                        a.current().id(), w == a.current() ? APPROVED_LINE : CORRECTED_LINE));
            }
        }
        return scores;
    }

    /** The payees of a line as the form shows them; a payee left out by a correction (0 %) is not shown. */
    private static List<ShareInput> shareInputs(RoyaltyWork w) {
        return w.shares().stream().filter(sh -> sh.percent() > 0).map(sh -> new ShareInput(sh.name(),
                sh.contribution(), sh.payeeKind().code(), sh.outsideDuty(), sh.percent(), sh.payeeId())).toList();
    }

    /**
     * A work of the month's approved statements as it stands after their corrections: {@code current} is its
     * original line with the latest approved kind, coefficient and payees and the amount approved in all;
     * {@code paid} what each payee got for it in all, {@code payees} each payee's latest share.
     */
    private record Approved(RoyaltyWork current, Map<String, RoyaltyShare> payees, Map<String, Long> paid) {
    }

    /** The works of {@code month}'s approved statements by original line, in the order they were approved. */
    private Map<Long, Approved> approvedWorks(YearMonth month) {
        Map<Long, Approved> works = new LinkedHashMap<>();
        for (RoyaltyStatement s : statementsOf(month)) {
            if (s.status() != StatementStatus.APPROVED) {
                continue;
            }
            for (RoyaltyWork w : s.works()) {
                Approved before = works.get(w.correction() ? w.correctsWorkId() : w.id());
                RoyaltyWork base = before == null ? w : before.current();
                Approved now = new Approved(base.with(base.position(), w.kind(), w.coefficient(),
                        (before == null ? 0 : base.amount()) + w.amount(),
                        w.shares().stream().filter(sh -> sh.percent() > 0).toList(), null),
                        before == null ? new LinkedHashMap<>() : before.payees(),
                        before == null ? new HashMap<>() : before.paid());
                for (RoyaltyShare sh : w.shares()) {
                    now.payees().put(sh.payeeKey(), sh);
                    now.paid().merge(sh.payeeKey(), sh.amount(), Long::sum);
                }
                works.put(base.id(), now);
            }
        }
        return works;
    }

    /**
     * The IT center scores the whole statement (Đ11.6): for every work its kind, a coefficient within the frame
     * and the payees by shares summing to 100 %; amounts follow {@link Money}. Everything is checked before
     * anything is written: one bad line refuses the whole scoring, with every problem named.
     */
    @Transactional
    public RoyaltyStatement score(long statementId, List<WorkScore> scores, Actor actor) {
        RoyaltyStatement s = get(statementId);
        if (s.status() != StatementStatus.DRAFTED && s.status() != StatementStatus.RETURNED) {
            throw new InputRefused(SCORES, "Bảng kê đang ở trạng thái «" + s.status().label() + "»: không chấm lại.");
        }
        Map<Long, WorkScore> byWork = new HashMap<>();
        Map<Long, WorkScore> corrections = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (WorkScore score : scores == null ? List.<WorkScore>of() : scores) {
            if (score != null && score.workId() == null && score.correctsWorkId() != null) {
                if (corrections.put(score.correctsWorkId(), score) != null) {
                    problems.add("Mỗi tác phẩm đã duyệt được điều chỉnh nhiều nhất một dòng.");
                }
                continue;
            }
            if (score == null || score.workId() == null || byWork.put(score.workId(), score) != null) {
                problems.add("Mỗi tác phẩm của bảng kê được chấm đúng một lần.");
            }
        }
        List<RoyaltyWork> scored = new ArrayList<>();
        for (RoyaltyWork w : s.works()) {
            if (w.correction()) {
                continue;
            }
            WorkScore score = byWork.remove(w.id());
            if (score == null) {
                problems.add("Chưa chấm «" + w.title() + "».");
                continue;
            }
            try {
                scored.add(scoreWork(w, score));
            } catch (InputRefused e) {
                problems.addAll(e.problems());
            }
        }
        if (!byWork.isEmpty()) {
            problems.add("Có dòng chấm cho tác phẩm không thuộc bảng kê này (" + byWork.keySet() + ").");
        }
        List<RoyaltyWork> corrected = corrections(s, corrections.values(), problems);
        if (problems.isEmpty() && s.kind() == StatementKind.SUPPLEMENTARY && scored.isEmpty() && corrected.isEmpty()) {
            problems.add("Bảng kê bổ sung không có tác phẩm bổ sung và không sửa dòng đã duyệt nào: không có gì để"
                    + " trình duyệt.");
        }
        if (!problems.isEmpty()) {
            throw new InputRefused(SCORES, String.join(" ", new LinkedHashSet<>(problems)));
        }
        scored.forEach(repository::markScored);
        repository.deleteCorrections(statementId);
        corrected.forEach(w -> repository.insertWork(statementId, w));
        long total = scored.stream().mapToLong(RoyaltyWork::paid).sum()
                + corrected.stream().mapToLong(RoyaltyWork::paid).sum() + s.feesTotal();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.markStatementScored(statementId, total, now, actor.userId());
        audit.record(PROCESS_KEY, key(s.period()), "scoreStatement", actor, AuditFact.of("scored", now)
                .withDetail(Money.vnd(total) + " đồng"));
        return get(statementId);
    }

    /**
     * The correction lines asked for on a supplementary statement: each changed work of the month's approved
     * statements gives a line with the corrected kind, coefficient and payees, its amounts being the difference from
     * what was approved for the work (per payee, the difference of their share; a payee left out gets back the
     * negative of what they had). An unchanged work gives no line. Problems are added to {@code problems}.
     */
    private List<RoyaltyWork> corrections(RoyaltyStatement s, Collection<WorkScore> inputs,
            List<String> problems) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        Map<Long, Approved> approved = s.kind() == StatementKind.SUPPLEMENTARY ? approvedWorks(s.period()) : Map.of();
        int position = s.works().stream().filter(w -> !w.correction()).mapToInt(RoyaltyWork::position).max()
                .orElse(0);
        List<RoyaltyWork> lines = new ArrayList<>();
        for (WorkScore score : inputs) {
            Approved a = approved.get(score.correctsWorkId());
            if (a == null) {
                problems.add("Dòng " + score.correctsWorkId() + " không phải tác phẩm của bảng kê đã phê duyệt tháng "
                        + label(s.period()) + ": chỉ điều chỉnh tác phẩm đã duyệt của tháng, bằng bảng kê bổ sung.");
                continue;
            }
            RoyaltyWork now;
            try {
                now = scoreWork(a.current(), score);
            } catch (InputRefused e) {
                problems.addAll(e.problems());
                continue;
            }
            if (!sameScore(a.current(), now)) {
                lines.add(difference(a, now, ++position));
            }
        }
        return lines;
    }

    /** Whether the scoring leaves kind, coefficient and payees of an approved work as they are. */
    private static boolean sameScore(RoyaltyWork approved, RoyaltyWork now) {
        return approved.kind().equals(now.kind()) && approved.coefficient().compareTo(now.coefficient()) == 0
                && payeeTerms(approved).equals(payeeTerms(now));
    }

    private static List<List<Object>> payeeTerms(RoyaltyWork w) {
        return w.shares().stream().map(sh -> List.<Object>of(sh.payeeKey(), sh.payeeKind(), sh.outsideDuty(),
                sh.percent())).toList();
    }

    private static RoyaltyWork difference(Approved a, RoyaltyWork now, int position) {
        List<RoyaltyShare> shares = new ArrayList<>();
        for (RoyaltyShare sh : now.shares()) {
            shares.add(new RoyaltyShare(sh.position(), sh.name(), sh.contribution(), sh.payeeKind(), sh.outsideDuty(),
                    sh.percent(), sh.amount() - a.paid().getOrDefault(sh.payeeKey(), 0L), sh.note(), sh.payeeId()));
        }
        Set<String> kept = now.shares().stream().map(RoyaltyShare::payeeKey)
                .collect(Collectors.toSet());
        a.payees().forEach((key, sh) -> {
            long paid = a.paid().getOrDefault(key, 0L);
            if (!kept.contains(key) && paid != 0) {
                shares.add(new RoyaltyShare(shares.size() + 1, sh.name(), sh.contribution(), sh.payeeKind(),
                        sh.outsideDuty(), 0, -paid, NO_LONGER_PAID, sh.payeeId()));
            }
        });
        return now.with(position, now.kind(), now.coefficient(), now.amount() - a.current().amount(), shares,
                a.current().id());
    }

    private RoyaltyWork scoreWork(RoyaltyWork w, WorkScore score) {
        String kind = score.kind() == null || score.kind().isBlank() ? w.kind() : score.kind().strip();
        rules.refuseOutsideFrame(SCORES, w.title(), kind, w.publishedOn(), score.coefficient());
        List<ShareInput> inputs = score.shares() == null ? List.of() : score.shares();
        List<String> problems = new ArrayList<>();
        if (inputs.isEmpty()) {
            problems.add("«" + w.title() + "» chưa có người hưởng nhuận bút.");
        }
        int sum = 0;
        List<PayeeKind> kinds = new ArrayList<>();
        for (ShareInput in : inputs) {
            if (in == null || in.name() == null || in.name().isBlank()) {
                problems.add("«" + w.title() + "»: mỗi người hưởng phải có họ tên.");
                kinds.add(PayeeKind.AGENCY_AUTHOR);
                continue;
            }
            PayeeKind pk = in.payeeKind() == null ? null : Coded.byCode(PayeeKind.class, in.payeeKind()).orElse(null);
            if (pk == null) {
                problems.add("«" + w.title() + "»: hãy chọn đối tượng của " + in.name().strip()
                        + " (cộng tác viên, tác giả của cơ quan, thành viên BBT, Tổ giúp việc).");
            }
            kinds.add(pk);
            if (in.payeeId() != null) {
                Payee registered = payees.payee(in.payeeId()).orElse(null);
                if (registered == null) {
                    problems.add("«" + w.title() + "»: không có người nhận mã " + in.payeeId() + " trong sổ người nhận.");
                } else if (!registered.fullName().equals(in.name().strip())) {
                    problems.add("«" + w.title() + "»: người nhận mã " + in.payeeId() + " là «" + registered.fullName()
                            + "», không phải «" + in.name().strip() + "».");
                }
            }
            if (in.percent() == null || in.percent() <= 0 || in.percent() > 100) {
                problems.add("«" + w.title() + "»: tỷ lệ của " + in.name().strip() + " phải từ 1 đến 100 %.");
            } else {
                sum += in.percent();
            }
        }
        if (problems.isEmpty() && sum != 100) {
            problems.add("«" + w.title() + "»: tỷ lệ của các tác giả cộng lại là " + sum + " %, phải đúng 100 %.");
        }
        if (!problems.isEmpty()) {
            throw InputRefused.of(problems);
        }
        BigDecimal coefficient = score.coefficient().stripTrailingZeros();
        long amount = Money.amount(coefficient, w.unitValue());
        List<Long> parts = Money.split(amount, inputs.stream().map(ShareInput::percent).toList());
        List<RoyaltyShare> shares = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ShareInput in = inputs.get(i);
            boolean outside = Boolean.TRUE.equals(in.outsideDuty());
            boolean paid = kinds.get(i).paid(outside);
            shares.add(new RoyaltyShare(i + 1, in.name().strip(), in.contribution() == null ? "author"
                    : in.contribution(), kinds.get(i), outside, in.percent(), paid ? parts.get(i) : 0,
                    paid ? null : OWN_DUTY, in.payeeId()));
        }
        return w.with(w.position(), kind, coefficient, amount, shares, w.correctsWorkId());
    }

    /**
     * The head, or a deputy acting under a delegation to approve royalties ({@code actor} as
     * {@code HeadTasks.actorFor} made it), approves the scored statement or returns it with comments.
     */
    @Transactional
    public RoyaltyStatement decide(long statementId, String decision, String comment, Actor actor) {
        RoyaltyStatement s = get(statementId);
        ApprovalDecision d = decision == null ? null : Coded.byCode(ApprovalDecision.class, decision.strip()).orElse(null);
        if (d == null) {
            throw new InputRefused("royaltyDecision", "Hãy chọn: phê duyệt bảng kê, hoặc trả lại để chấm lại.");
        }
        if (d == ApprovalDecision.RETURN && (comment == null || comment.isBlank())) {
            throw new InputRefused("royaltyComment", "Trả lại bảng kê thì phải ghi ý kiến để Trung tâm Tin học chấm lại.");
        }
        if (s.status() != StatementStatus.SCORED) {
            throw new InputRefused("royaltyDecision", "Bảng kê đang ở trạng thái «" + s.status().label()
                    + "»: chỉ duyệt bảng kê đã chấm.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (d == ApprovalDecision.APPROVE) {
            repository.markApproved(statementId, now, actor.userId(), actor.actingFor(), actor.delegation());
        } else {
            repository.markReturned(statementId, comment.strip());
        }
        audit.record(PROCESS_KEY, key(s.period()), "approveStatement", actor, AuditFact.of(d.code(), now)
                .withComment(comment == null || comment.isBlank() ? null : comment.strip()));
        return get(statementId);
    }

    /**
     * What each payee of the statement receives: gross, personal income tax withheld, net ({@link PayeeTotals}).
     * A supplementary statement pays the difference of the month's payment to each payee: the month's approved
     * statements before it count ({@link PayeeTotals#of(List, RoyaltyStatement, RoyaltyRules.IncomeTax, Set, Set)}).
     */
    public List<PayeeTotals> payeeTotals(RoyaltyStatement s) {
        List<RoyaltyStatement> earlier = s.kind() == StatementKind.REGULAR ? List.of() : statementsOf(s.period())
                .stream().filter(e -> e.id() < s.id() && e.status() == StatementStatus.APPROVED).toList();
        return PayeeTotals.of(earlier, s, rules.incomeTaxOn(s.period().atEndOfMonth()),
                repository.committedPayees(s.period().getYear()), payees.committedPayeeIds(s.period().getYear()));
    }

    /**
     * Records that {@code name} filed a commitment (mẫu 08/CK-TNCN) for {@code year}: no tax is withheld from them
     * that year. Refused in Vietnamese when a value is missing or the commitment is already on file.
     */
    @Transactional
    public void recordCommitment(String name, Integer year, String reference, Actor actor) {
        InputRefused.Collector problems = new InputRefused.Collector();
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            problems.add("payeeName", "Hãy ghi họ và tên người nhận đúng như trên bảng kê (tối đa 200 ký tự).");
        }
        if (year == null || year < 2000 || year > today().getYear() + 1) {
            problems.add("year", "Năm của bản cam kết không hợp lệ.");
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > 200) {
            problems.add("reference", "Hãy ghi số, ngày của bản cam kết 08/CK-TNCN.");
        }
        problems.throwIfAny();
        if (repository.commitmentExists(name.strip(), year)) {
            throw new InputRefused("payeeName", "Đã có cam kết 08/CK-TNCN năm " + year + " của " + name.strip() + ".");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insertCommitment(name.strip(), year, reference.strip(), now, actor.userId());
        audit.record(PROCESS_KEY, "commitment-" + year, "recordCommitment", actor,
                AuditFact.of("commitment", now).withDetail(name.strip()).withComment(reference.strip()));
    }

    @Transactional
    public void attachPaper(long statementId, long paperId, String symbol) {
        repository.attachPaper(statementId, paperId, symbol);
    }

    public RoyaltyStatement get(long statementId) {
        return repository.find(statementId).orElseThrow(() -> new IllegalStateException(
                "Không có bảng kê nhuận bút " + statementId));
    }

    public java.util.Optional<RoyaltyStatement> regularOf(YearMonth month) {
        return repository.regularOf(month);
    }

    /** The month's statements: the regular one first, then the supplementary ones, oldest first. */
    public List<RoyaltyStatement> statementsOf(YearMonth month) {
        List<RoyaltyStatement> all = new ArrayList<>();
        repository.regularOf(month).ifPresent(all::add);
        all.addAll(repository.supplementaryOf(month));
        return all;
    }

    private RoyaltyStatement open(long statementId, StatementStatus expected, String field) {
        RoyaltyStatement s = get(statementId);
        if (s.status() != expected) {
            throw new InputRefused(field, "Bảng kê đang ở trạng thái «" + s.status().label() + "».");
        }
        return s;
    }

    /** The record key of a month's statement in the audit trail and the paper register: "2026-11". */
    public static String key(YearMonth month) {
        return month.toString();
    }

    /** "11/2026" */
    public static String label(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
