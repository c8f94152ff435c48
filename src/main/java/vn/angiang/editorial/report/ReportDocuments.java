package vn.angiang.editorial.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.papers.PaperDraft;
import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.PaperKind;
import vn.angiang.editorial.platform.papers.PaperTable;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.papers.Signer;

/**
 * A report as a file: the issued paper (DOCX, PDF) as it was signed; before that, the draft as it stands, its
 * number left blank and marked unsigned; and the figures as a workbook (XLSX) at any time.
 */
@Component
public record ReportDocuments(ReportService service, Papers papers, OrgDirectory org) {

    /** What a draft shows where the signature will be. */
    static final Signer UNSIGNED = Signer.of("(Dự thảo, chưa ký)", "Trưởng Ban");
    public static final String XLSX = "xlsx";


    /** A report not drafted yet: the figures of its period as they stand now. */
    public BoardReport unsaved(ReportPeriod period) {
        return new BoardReport(0, period, ReportStatus.DRAFTED, null, service.figuresNow(period), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** The file of {@code r} with {@code extension} (docx, pdf, xlsx), or empty for another extension. */
    public Optional<File> file(BoardReport r, String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        String name = "bao-cao-" + r.period().key() + "." + ext;
        if (XLSX.equals(ext)) {
            return Optional.of(new File(name, ReportWorkbook.MEDIA_TYPE, ReportWorkbook.write(r.figures())));
        }
        return Arrays.stream(PaperFormat.values()).filter(f -> f.extension().equals(ext)).findFirst()
                .map(format -> new File(name, format.mediaType(), r.paperId() != null
                        ? papers.file(r.paperId(), format).orElseThrow()
                        : papers.preview(service.paperDraft(r).signedBy(UNSIGNED), format)));
    }

    /**
     * The notice (TB) to the agencies reminded of their information duty in {@code month} and the month before
     * (repeat cases), for the head to sign: the draft as it will look, its number blank; empty when there are none.
     */
    public Optional<File> followUpNotice(YearMonth month, String extension) {
        List<ReportRepository.Reminder> repeat = service.repository().repeatCases(month.toString(),
                month.minusMonths(1).toString());
        Optional<PaperFormat> format = Arrays.stream(PaperFormat.values())
                .filter(f -> f.extension().equals(extension.toLowerCase(Locale.ROOT))).findFirst();
        if (repeat.isEmpty() || format.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        for (ReportRepository.Reminder r : repeat) {
            String name = org.name(r.agencyGroup()).orElse(r.agencyGroup());
            rows.add(List.of(Integer.toString(rows.size() + 1), name, ReportTables.n(r.duty()), ReportTables.n(r.provided())));
            recipients.add(name + ";");
        }
        recipients.add("Lưu: VT, TGV.");
        PaperTable table = new PaperTable(List.of("TT", "Cơ quan, đơn vị", "Định mức tháng", "Đã cung cấp khi đôn đốc"),
                rows, List.of(1, 7, 3, 3));
        PaperDraft draft = PaperDraft.of(PaperKind.THONG_BAO, papers.text("thong-bao-don-doc",
                        Map.of("month", month.getMonthValue() + "/" + month.getYear(), "agencies", table)))
                .withRecipients(recipients.toArray(String[]::new)).signedBy(UNSIGNED);
        return Optional.of(new File("thong-bao-don-doc-" + month + "." + format.get().extension(),
                format.get().mediaType(), papers.preview(draft, format.get())));
    }

    public record File(String name, String mediaType, byte[] content) {
    }
}
