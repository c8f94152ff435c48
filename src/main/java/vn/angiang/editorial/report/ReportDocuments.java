package vn.angiang.editorial.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.papers.Signer;

/**
 * A report as a file: the issued paper (DOCX, PDF) as it was signed; before that, the draft as it stands, its
 * number left blank and marked unsigned; and the figures as a workbook (XLSX) at any time.
 */
@Component
public class ReportDocuments {

    /** What a draft shows where the signature will be. */
    static final Signer UNSIGNED = Signer.of("(Dự thảo, chưa ký)", "Trưởng Ban");
    public static final String XLSX = "xlsx";

    private final ReportService service;
    private final Papers papers;

    public ReportDocuments(ReportService service, Papers papers) {
        this.service = service;
        this.papers = papers;
    }

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

    public record File(String name, String mediaType, byte[] content) {
    }
}
