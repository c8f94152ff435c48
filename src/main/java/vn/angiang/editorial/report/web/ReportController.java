package vn.angiang.editorial.report.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.validation.NotAllowed;
import vn.angiang.editorial.report.BoardReport;
import vn.angiang.editorial.report.ReportCharts;
import vn.angiang.editorial.report.ReportDocuments;
import vn.angiang.editorial.report.ReportFigures;
import vn.angiang.editorial.report.ReportPeriod;
import vn.angiang.editorial.report.ReportService;
import vn.angiang.editorial.report.ReportTables;

/**
 * The board's reports (authenticated, under {@code /api}): {@code GET /api/reports/2026-11.docx} ({@code .pdf},
 * {@code .xlsx}) — the issued report, or the draft as it stands, or for a month not drafted yet its figures as they
 * stand — and {@code /api/reports/id/{id}.pdf} for any report (six-monthly, ad hoc); for the board, its secretariat
 * and standing office, and those who oversee. The dashboard {@code /api/reports/dashboard} shows the current
 * month's figures so far with their charts, to the head, the deputy heads and the managers.
 */
@Controller
record ReportController(ReportService service, ReportDocuments documents, Actors actors, OrgDirectory org) {

    static final String NOT_FOUND = "Không tìm thấy báo cáo này trong số hồ sơ bạn được xem.";
    static final Set<GroupKind> READERS = Set.of(GroupKind.BOARD_HEAD, GroupKind.DEPUTY_HEAD, GroupKind.BOARD_MEMBER,
            GroupKind.SECRETARIAT, GroupKind.IT_CENTER, GroupKind.MANAGER);
    static final Set<GroupKind> DASHBOARD_READERS = Set.of(GroupKind.BOARD_HEAD, GroupKind.DEPUTY_HEAD, GroupKind.MANAGER);


    @GetMapping("/api/reports/{month:\\d{4}-\\d{2}}.{extension}")
    ResponseEntity<byte[]> monthly(@PathVariable String month, @PathVariable String extension) {
        YearMonth period = readableMonth(month);
        BoardReport r = service.monthly(period).orElseGet(() -> documents.unsaved(ReportPeriod.month(period)));
        return download(r, extension);
    }

    /** The notice to agencies reminded two months running, for the head to sign (a draft: its number blank). */
    @GetMapping("/api/reports/{month:\\d{4}-\\d{2}}/follow-up.{extension}")
    ResponseEntity<byte[]> followUp(@PathVariable String month, @PathVariable String extension) {
        return file(documents.followUpNotice(readableMonth(month), extension).orElseThrow(() -> new NotAllowed(
                "Không có cơ quan nào bị đôn đốc hai tháng liền đến tháng " + month + ".")));
    }

    @GetMapping("/api/reports/id/{id}.{extension}")
    ResponseEntity<byte[]> byId(@PathVariable long id, @PathVariable String extension) {
        allow(READERS);
        BoardReport r = service.repository().find(id).orElseThrow(() -> new NotAllowed(NOT_FOUND));
        return download(r, extension);
    }

    @GetMapping("/api/reports/dashboard")
    String dashboard(Model model) {
        allow(DASHBOARD_READERS);
        ReportFigures f = service.figuresNow(service.monthSoFar());
        model.addAttribute("figures", f);
        model.addAttribute("label", f.period().label());
        model.addAttribute("medianDays", ReportTables.days(f.content().medianDays()));
        model.addAttribute("p90Days", ReportTables.days(f.content().p90Days()));
        model.addAttribute("tables", ReportTables.all(f));
        model.addAttribute("charts", ReportCharts.Chart.values());
        model.addAttribute("month", YearMonth.from(f.period().from()).toString());
        return "report/dashboard";
    }

    /** A chart of the current month so far, as the dashboard shows it. */
    @GetMapping("/api/reports/dashboard/{chart}.png")
    ResponseEntity<byte[]> chart(@PathVariable String chart) {
        allow(DASHBOARD_READERS);
        ReportCharts.Chart which = Arrays.stream(ReportCharts.Chart.values()).filter(c -> c.name().equalsIgnoreCase(chart))
                .findFirst().orElseThrow(() -> new NotAllowed(NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(ReportCharts.png(which, service.figuresNow(service.monthSoFar())));
    }

    private ResponseEntity<byte[]> download(BoardReport r, String extension) {
        return file(documents.file(r, extension).orElseThrow(() -> new NotAllowed(NOT_FOUND)));
    }

    private static ResponseEntity<byte[]> file(ReportDocuments.File file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name())
                        .build().toString())
                .body(file.content());
    }

    /** A month up to the current one, for a reader of the reports; any other answers as a report not found. */
    private YearMonth readableMonth(String month) {
        allow(READERS);
        try {
            YearMonth period = YearMonth.parse(month);
            if (!period.isAfter(YearMonth.from(service.today()))) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // answered below, as a month not found
        }
        throw new NotAllowed(NOT_FOUND);
    }

    private Actor allow(Set<GroupKind> kinds) {
        Actor user = actors.signedIn().orElseThrow(() -> new NotAllowed(NOT_FOUND));
        if (user.memberOf() == null || !org.anyOfKind(user.memberOf(), kinds)) {
            throw new NotAllowed(NOT_FOUND);
        }
        return user;
    }
}
