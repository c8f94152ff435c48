package vn.angiang.editorial.royalty.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperDownloads;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.validation.NotAllowed;
import vn.angiang.editorial.royalty.PayeeTotals;
import vn.angiang.editorial.royalty.PaymentListWorkbook;
import vn.angiang.editorial.royalty.RoyaltyPayment;
import vn.angiang.editorial.royalty.RoyaltyPayments;
import vn.angiang.editorial.royalty.SettlementWorkbook;
import vn.angiang.editorial.royalty.RoyaltyService;
import vn.angiang.editorial.royalty.RoyaltyStatement;
import vn.angiang.editorial.royalty.StatementStatus;
import vn.angiang.editorial.royalty.StatementWorkbook;

/**
 * A month's royalty statement (authenticated, under {@code /api}), for the IT center that scores and pays it,
 * the head and deputy heads who approve it and the managers who oversee: {@code GET /api/royalties/2026-11}
 * (JSON), {@code …/statement.xlsx}, {@code …/statement.pdf} (once approved), {@code …/payment-list.xlsx}, the yearly
 * settlement {@code /api/royalties/settlement/2026.xlsx}, and the issued paper {@code …/papers/{id}.pdf} (or
 * {@code .docx}). A collaborator with an account linked to a payee of the register reads the JSON, the statement
 * workbook, the payee totals and the payment list of an approved month with their own lines only. A month without
 * a statement and a reader without the right answer alike.
 */
@RestController
record RoyaltyController(RoyaltyService service, RoyaltyPayments payments, Papers papers, PaperDownloads downloads, Actors actors, OrgDirectory org) {

    static final String NOT_FOUND = "Không tìm thấy bảng kê này trong số hồ sơ bạn được xem.";
    static final Set<GroupKind> READERS = Set.of(GroupKind.BOARD_HEAD, GroupKind.DEPUTY_HEAD, GroupKind.IT_CENTER,
            GroupKind.MANAGER);
    /** payees with their own account: they read their own lines only */
    static final Set<GroupKind> PAYEES = Set.of(GroupKind.COLLABORATOR);


    @GetMapping("/api/royalties/{month}")
    RoyaltyStatement statement(@PathVariable String month,
            @RequestParam(name = "statement", required = false) Long statementId) {
        return visible(month, statementId);
    }

    @GetMapping("/api/royalties/{month}/statement.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable String month,
            @RequestParam(name = "statement", required = false) Long statementId) {
        RoyaltyStatement s = visible(month, statementId);
        return xlsx("bang-ke-nhuan-but-" + s.period() + ".xlsx",
                out -> StatementWorkbook.write(s, service.rules(), service.payeeTotals(s), out));
    }

    /** The payment list (Đ11.7): per payee gross, tax withheld, net, and how it was paid once recorded. */
    @GetMapping("/api/royalties/{month}/payment-list.xlsx")
    ResponseEntity<byte[]> paymentList(@PathVariable String month,
            @RequestParam(name = "statement", required = false) Long statementId) {
        Actor user = signedIn();
        RoyaltyStatement s = visible(month, statementId);
        List<RoyaltyPayment> paid = reader(user) ? payments.paymentsOf(s.id()) : payments.ownPayments(s.id(),
                user.userId());
        return xlsx("danh-sach-chi-tra-" + s.period() + ".xlsx", out -> PaymentListWorkbook.write(s,
                service.payeeTotals(s), paid, out));
    }

    /** The issued statement as PDF: there is one once the statement is approved. */
    @GetMapping("/api/royalties/{month}/statement.pdf")
    ResponseEntity<byte[]> statementPdf(@PathVariable String month,
            @RequestParam(name = "statement", required = false) Long statementId) {
        RoyaltyStatement s = readable(month, statementId);
        if (s.paperId() == null) {
            throw new NotAllowed("Bảng kê tháng " + RoyaltyService.label(s.period())
                    + " chưa được phê duyệt: bản PDF có sau khi ban hành; trước đó xem statement.xlsx.");
        }
        return downloads.of(RoyaltyService.PROCESS_KEY, RoyaltyService.key(s.period()), s.paperId(), "pdf")
                .orElseThrow(() -> new NotAllowed(NOT_FOUND));
    }

    /** The yearly settlement (quyết toán): per payee, per month, and the tax withheld for the declaration. */
    @GetMapping("/api/royalties/settlement/{year}.xlsx")
    ResponseEntity<byte[]> settlement(@PathVariable String year) {
        reader();
        if (!year.matches("20[0-9]{2}")) {
            throw new NotAllowed(NOT_FOUND);
        }
        int y = Integer.parseInt(year);
        return xlsx("quyet-toan-nhuan-but-" + y + ".xlsx",
                out -> SettlementWorkbook.write(y, payments.settlement(y), out));
    }

    interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static ResponseEntity<byte[]> xlsx(String filename, Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(StatementWorkbook.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(out.toByteArray());
    }

    /** The month's statements: the regular one and any supplementary ones (read the others with ?statement=id). */
    @GetMapping("/api/royalties/{month}/statements")
    List<StatementSummary> statements(@PathVariable String month) {
        reader();
        return service.statementsOf(period(month)).stream().map(s -> new StatementSummary(s.id(), s.kind().code(),
                s.kind().label(), s.status().label(), s.total(), s.paperSymbol(), payments.paid(s.id()))).toList();
    }

    record StatementSummary(long id, String kind, String kindLabel, String status, long total, String paperSymbol,
            boolean paid) {
    }

    /** Per payee: gross, personal income tax withheld, net. */
    @GetMapping("/api/royalties/{month}/payees")
    List<PayeeTotals> payees(@PathVariable String month,
            @RequestParam(name = "statement", required = false) Long statementId) {
        return service.payeeTotals(visible(month, statementId));
    }

    @GetMapping("/api/royalties/{month}/papers")
    List<IssuedPaper> paperList(@PathVariable String month) {
        RoyaltyStatement s = readable(month);
        return papers.list(RoyaltyService.PROCESS_KEY, RoyaltyService.key(s.period()));
    }

    @GetMapping("/api/royalties/{month}/papers/{paperId}.{extension}")
    ResponseEntity<byte[]> paper(@PathVariable String month, @PathVariable long paperId,
            @PathVariable String extension) {
        RoyaltyStatement s = readable(month);
        return downloads.of(RoyaltyService.PROCESS_KEY, RoyaltyService.key(s.period()), paperId, extension)
                .orElseThrow(() -> new NotAllowed(NOT_FOUND));
    }

    /** The IT center records a payee's commitment 08/CK-TNCN for a year (no tax withheld from them that year). */
    @PostMapping("/api/royalties/commitments")
    ResponseEntity<Void> commitment(@RequestBody CommitmentRequest request) {
        Actor user = actors.signedIn().orElseThrow(() -> new NotAllowed(NOT_FOUND));
        if (user.memberOf() == null || !org.anyOfKind(user.memberOf(), Set.of(GroupKind.IT_CENTER))) {
            throw new NotAllowed("Chỉ Trung tâm Tin học ghi nhận cam kết 08/CK-TNCN của người nhận nhuận bút (Đ11.7 Quy chế).");
        }
        service.recordCommitment(request.payeeName(), request.year(), request.reference(), user);
        return ResponseEntity.noContent().build();
    }

    record CommitmentRequest(String payeeName, Integer year, String reference) {
    }

    private Actor signedIn() {
        return actors.signedIn().orElseThrow(() -> new NotAllowed(NOT_FOUND));
    }

    private boolean reader(Actor user) {
        return user.memberOf() != null && org.anyOfKind(user.memberOf(), READERS);
    }

    private Actor reader() {
        Actor user = signedIn();
        if (!reader(user)) {
            throw new NotAllowed(NOT_FOUND);
        }
        return user;
    }

    /**
     * The statement as the signed-in user may read it: whole for the readers; for a collaborator, only their own
     * lines of an approved statement (payees of the register linked to their account), else nothing.
     */
    private RoyaltyStatement visible(String month, Long statementId) {
        Actor user = signedIn();
        if (reader(user)) {
            return readable(month, statementId);
        }
        if (user.memberOf() == null || !org.anyOfKind(user.memberOf(), PAYEES)) {
            throw new NotAllowed(NOT_FOUND);
        }
        RoyaltyStatement s = statementOf(month, statementId);
        RoyaltyStatement own = s.status() == StatementStatus.APPROVED ? payments.ownView(s, user.userId()) : null;
        if (own == null || own.works().isEmpty()) {
            throw new NotAllowed(NOT_FOUND);
        }
        return own;
    }

    private RoyaltyStatement readable(String month) {
        return readable(month, null);
    }

    private RoyaltyStatement readable(String month, Long statementId) {
        reader();
        return statementOf(month, statementId);
    }

    /** The month's regular statement, or with {@code statementId} that statement of the month (a supplementary one). */
    private RoyaltyStatement statementOf(String month, Long statementId) {
        YearMonth period = period(month);
        if (statementId == null) {
            return service.regularOf(period).orElseThrow(() -> new NotAllowed(NOT_FOUND));
        }
        return service.statementsOf(period).stream().filter(s -> s.id() == statementId).findFirst()
                .orElseThrow(() -> new NotAllowed(NOT_FOUND));
    }

    private static YearMonth period(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new NotAllowed(NOT_FOUND);
        }
    }
}
