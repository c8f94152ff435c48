package vn.angiang.editorial.royalty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.royalty.RoyaltyInputs.BankInput;
import vn.angiang.editorial.royalty.RoyaltyInputs.PayeeInput;
import vn.angiang.editorial.royalty.RoyaltyInputs.PaymentInput;

/**
 * Paying an approved statement (Đ11.7): the IT center records, per payee, the day, bank transfer or cash and the
 * reference; the tax withheld is the statement's ({@link PayeeTotals}) and is stored with the payment. Also the
 * payee register and payees' bank details. Bad input is refused in Vietnamese and changes nothing.
 */
@Service
public class RoyaltyPayments {

    static final String PAYMENTS = "royaltyPayments";
    static final String PAID_ON = "paidOn";

    private final RoyaltyService statements;
    private final RoyaltyPaymentRepository repository;
    private final AuditTrail audit;

    public RoyaltyPayments(RoyaltyService statements, RoyaltyPaymentRepository repository, AuditTrail audit) {
        this.statements = statements;
        this.repository = repository;
        this.audit = audit;
    }

    /** What the IT center is asked to pay: one row per payee with the statement's gross, tax and net. */
    public List<PaymentInput> paymentsFor(long statementId) {
        return statements.payeeTotals(statements.get(statementId)).stream()
                .map(t -> new PaymentInput(t.name(), t.gross(), t.tax(), t.net(), null, null, t.payeeId())).toList();
    }

    public List<RoyaltyPayment> paymentsOf(long statementId) {
        return repository.paymentsOf(statementId);
    }

    /**
     * Records the payment of every payee of the approved statement {@code statementId}, paid on {@code paidOn}
     * (yyyy-MM-dd, not in the future). Every payee of the statement once; the amounts are the statement's (sent
     * amounts must match it); a method and a reference each. One bad row refuses all, with every problem named.
     */
    @Transactional
    public List<RoyaltyPayment> record(long statementId, String paidOn, List<PaymentInput> rows, Actor actor) {
        RoyaltyStatement s = statements.get(statementId);
        String month = RoyaltyService.label(s.period());
        if (s.status() != StatementStatus.APPROVED) {
            throw new InputRefused(PAYMENTS, "Bảng kê tháng " + month + " chưa được phê duyệt («" + s.status().label()
                    + "»): chỉ thanh toán bảng kê đã được Trưởng ban phê duyệt (Đ7.6, Đ11.7 Quy chế).");
        }
        if (repository.paid(statementId)) {
            throw new InputRefused(PAYMENTS, "Bảng kê tháng " + month + " đã được ghi nhận thanh toán: không ghi lại.");
        }
        InputRefused.Collector problems = new InputRefused.Collector();
        LocalDate day = null;
        try {
            day = paidOn == null || paidOn.isBlank() ? null : LocalDate.parse(paidOn.strip().substring(0,
                    Math.min(10, paidOn.strip().length())));
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            problems.add(PAID_ON, "Hãy ghi ngày chi trả (năm-tháng-ngày).");
        } else if (day.isAfter(statements.today())) {
            problems.add(PAID_ON, "Ngày chi trả " + BoardTime.DATE.format(day) + " chưa đến: chỉ ghi khoản đã chi.");
        } else if (s.draftedAt() != null && day.isBefore(BoardTime.local(s.draftedAt()).toLocalDate())) {
            problems.add(PAID_ON, "Ngày chi trả " + BoardTime.DATE.format(day) + " trước ngày lập bảng kê ("
                    + BoardTime.DATE.format(BoardTime.local(s.draftedAt()).toLocalDate()) + ").");
        }
        Map<String, PayeeTotals> owed = new LinkedHashMap<>();
        statements.payeeTotals(s).forEach(t -> owed.put(t.key(), t));
        Map<String, PaymentInput> given = new LinkedHashMap<>();
        List<String> rowProblems = new ArrayList<>();
        for (PaymentInput in : rows == null ? List.<PaymentInput>of() : rows) {
            String name = in == null || in.payeeName() == null ? "" : in.payeeName().strip();
            String key = PayeeTotals.key(in == null ? null : in.payeeId(), name);
            PayeeTotals t = owed.get(key);
            if (t == null) {
                rowProblems.add("«" + name + "» không có trong bảng kê tháng " + month + ".");
                continue;
            }
            if (given.put(key, in) != null) {
                rowProblems.add("«" + name + "» được ghi hai lần: mỗi người nhận một dòng.");
                continue;
            }
            if (negative(in.gross(), t.gross()) || negative(in.tax(), t.tax()) || negative(in.net(), t.net())) {
                rowProblems.add("«" + name + "»: số tiền không được âm.");
            } else if (differs(in.gross(), t.gross()) || differs(in.tax(), t.tax()) || differs(in.net(), t.net())) {
                rowProblems.add("«" + name + "»: số tiền không khớp bảng kê đã duyệt (tổng " + Money.vnd(t.gross())
                        + ", thuế " + Money.vnd(t.tax()) + ", thực nhận " + Money.vnd(t.net()) + " đồng).");
            }
            if (in.method() == null || Coded.byCode(PaymentMethod.class, in.method().strip()).isEmpty()) {
                rowProblems.add("«" + name + "»: hãy chọn hình thức chi trả (chuyển khoản hoặc tiền mặt).");
            }
            if (in.reference() == null || in.reference().isBlank() || in.reference().strip().length() > 200) {
                rowProblems.add("«" + name + "»: hãy ghi số chứng từ (ủy nhiệm chi hoặc phiếu chi, tối đa 200 ký tự).");
            }
        }
        owed.forEach((key, t) -> {
            if (!given.containsKey(key)) {
                rowProblems.add("Chưa ghi thanh toán cho «" + t.name() + "».");
            }
        });
        if (!rowProblems.isEmpty()) {
            problems.add(PAYMENTS, String.join(" ", new LinkedHashSet<>(rowProblems)));
        }
        problems.throwIfAny();

        OffsetDateTime now = statements.now();
        if (!repository.markPaid(statementId, now, actor.userId())) {
            throw new InputRefused(PAYMENTS, "Bảng kê tháng " + month + " đã được ghi nhận thanh toán: không ghi lại.");
        }
        int position = 0;
        for (PayeeTotals t : owed.values()) {
            PaymentInput in = given.get(t.key());
            List<Payee> named = t.payeeId() != null ? List.of() : repository.payeesNamed(t.name());
            repository.insertPayment(new RoyaltyPayment(0, statementId, ++position, t.name(),
                    t.payeeId() != null ? t.payeeId() : named.size() == 1 ? named.get(0).id() : null, t.gross(),
                    t.tax(), t.net(),
                    Coded.byCode(PaymentMethod.class, in.method().strip()).orElseThrow(), in.reference().strip(), day,
                    now, actor.userId()));
        }
        long net = owed.values().stream().mapToLong(PayeeTotals::net).sum();
        audit.record(RoyaltyService.PROCESS_KEY, RoyaltyService.key(s.period()), "recordPayment", actor,
                AuditFact.of("paid", now).withDetail(owed.size() + " người nhận, thực chi " + Money.vnd(net) + " đồng"));
        return repository.paymentsOf(statementId);
    }

    /** A negative amount sent where the statement owes none: only a correction's recovery is negative. */
    private static boolean negative(Long sent, long owed) {
        return sent != null && sent < 0 && owed >= 0;
    }

    private static boolean differs(Long sent, long owed) {
        return sent != null && sent != owed;
    }

    /** Enters a payee in the register; the same tax code twice is refused. */
    @Transactional
    public Payee register(PayeeInput in, Actor actor) {
        InputRefused.Collector problems = new InputRefused.Collector();
        String name = in == null || in.fullName() == null ? "" : in.fullName().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add("fullName", "Hãy ghi họ và tên người nhận (tối đa 200 ký tự).");
        }
        PayeeKind kind = in == null || in.payeeKind() == null ? null
                : Coded.byCode(PayeeKind.class, in.payeeKind().strip()).orElse(null);
        if (kind == null) {
            problems.add("payeeKind", "Hãy chọn đối tượng (cộng tác viên, tác giả của cơ quan, thành viên BBT, Tổ giúp việc).");
        }
        String taxCode = blankToNull(in == null ? null : in.taxCode());
        if (taxCode != null && !taxCode.matches("[0-9]{10}([0-9]{2}|-[0-9]{3})?")) {
            problems.add("taxCode", "Mã số thuế gồm 10 hoặc 12 chữ số (hoặc 10 chữ số, gạch ngang và 3 chữ số).");
        } else if (taxCode != null && repository.taxCodeTaken(taxCode)) {
            problems.add("taxCode", "Mã số thuế " + taxCode + " đã có trong danh sách người nhận.");
        }
        String idNumber = blankToNull(in == null ? null : in.idNumber());
        if (idNumber != null && !idNumber.matches("[0-9]{9}|[0-9]{12}")) {
            problems.add("idNumber", "Số định danh cá nhân (CCCD) gồm 12 chữ số, hoặc CMND 9 chữ số.");
        }
        String userId = blankToNull(in == null ? null : in.userId());
        if (userId != null && userId.length() > 64) {
            problems.add("userId", "Tài khoản của người nhận tối đa 64 ký tự.");
        }
        problems.throwIfAny();
        OffsetDateTime now = statements.now();
        long id = repository.insertPayee(name, kind, taxCode, idNumber, userId, now, actor.userId());
        audit.record(RoyaltyService.PROCESS_KEY, "payee-" + id, "registerPayee", actor,
                AuditFact.of("payee", now).withDetail(name));
        return repository.payee(id).orElseThrow();
    }

    public List<Payee> payees() {
        return repository.payees();
    }

    public Payee payee(long id) {
        return repository.payee(id).orElseThrow(() -> new InputRefused("payeeId", "Không có người nhận mã " + id + "."));
    }

    public java.util.Optional<PayeeBank> bank(long payeeId) {
        payee(payeeId);
        return repository.bank(payeeId);
    }

    /**
     * Records that payee {@code payeeId} of the register filed a commitment (mẫu 08/CK-TNCN) for {@code year}: no tax
     * is withheld from them that year (Thông tư 111/2013/TT-BTC, Đ25.1.i). Once per payee and year.
     */
    @Transactional
    public void recordCommitment(long payeeId, Integer year, String reference, Actor actor) {
        Payee p = payee(payeeId);
        InputRefused.Collector problems = new InputRefused.Collector();
        if (year == null || year < 2000 || year > statements.today().getYear() + 1) {
            problems.add("year", "Năm của bản cam kết không hợp lệ.");
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > 200) {
            problems.add("reference", "Hãy ghi số, ngày của bản cam kết 08/CK-TNCN.");
        }
        problems.throwIfAny();
        if (repository.payeeCommitmentExists(payeeId, year)) {
            throw new InputRefused("year", "Đã có cam kết 08/CK-TNCN năm " + year + " của " + p.fullName() + ".");
        }
        OffsetDateTime now = statements.now();
        repository.insertPayeeCommitment(payeeId, year, reference.strip(), now, actor.userId());
        audit.record(RoyaltyService.PROCESS_KEY, "payee-" + payeeId, "recordCommitment", actor,
                AuditFact.of("commitment", now).withDetail(p.fullName() + ", năm " + year).withComment(reference.strip()));
    }

    /** Records (or replaces) a payee's bank account; the trail keeps who changed it, not the number. */
    @Transactional
    public PayeeBank saveBank(long payeeId, BankInput in, Actor actor) {
        payee(payeeId);
        InputRefused.Collector problems = new InputRefused.Collector();
        String bankName = blankToNull(in == null ? null : in.bankName());
        String account = blankToNull(in == null ? null : in.accountNumber());
        String holder = blankToNull(in == null ? null : in.accountHolder());
        if (bankName == null || bankName.length() > 200) {
            problems.add("bankName", "Hãy ghi tên ngân hàng, chi nhánh (tối đa 200 ký tự).");
        }
        if (account == null || !account.matches("[0-9]{6,30}")) {
            problems.add("accountNumber", "Số tài khoản gồm 6 đến 30 chữ số.");
        }
        if (holder == null || holder.length() > 200) {
            problems.add("accountHolder", "Hãy ghi tên chủ tài khoản (tối đa 200 ký tự).");
        }
        problems.throwIfAny();
        PayeeBank bank = new PayeeBank(payeeId, bankName, account, holder);
        OffsetDateTime now = statements.now();
        repository.saveBank(bank, now, actor.userId());
        audit.record(RoyaltyService.PROCESS_KEY, "payee-" + payeeId, "saveBank", actor, AuditFact.of("bank", now));
        return bank;
    }

    /**
     * What a payee reads of an approved statement with their own account: only the shares of the register's payees
     * linked to {@code userId} (by register id, never by name), the total being theirs.
     */
    public RoyaltyStatement ownView(RoyaltyStatement s, String userId) {
        java.util.Set<Long> mine = repository.payeeIdsOfUser(userId);
        List<RoyaltyWork> works = s.works().stream().map(w -> w.with(w.position(), w.kind(), w.coefficient(),
                w.amount(), w.shares().stream().filter(sh -> sh.payeeId() != null && mine.contains(sh.payeeId()))
                        .toList(), w.correctsWorkId()))
                .filter(w -> !w.shares().isEmpty()).toList();
        return new RoyaltyStatement(s.id(), s.period(), s.kind(), s.status(), null,
                works.stream().mapToLong(RoyaltyWork::paid).sum(), s.draftedAt(), null, null, null, null, null, null,
                null, s.paperSymbol(), works);
    }

    /** A payee's own payments of a statement (by register id). */
    public List<RoyaltyPayment> ownPayments(long statementId, String userId) {
        java.util.Set<Long> mine = repository.payeeIdsOfUser(userId);
        return repository.paymentsOf(statementId).stream().filter(p -> p.payeeId() != null && mine.contains(p.payeeId()))
                .toList();
    }

    /** The payments of the statements of {@code year}'s months, for the settlement. */
    public List<SettlementLine> settlement(int year) {
        return repository.paidInYear(year);
    }

    /** Whether the statement's payments are recorded. */
    public boolean paid(long statementId) {
        return repository.paid(statementId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
