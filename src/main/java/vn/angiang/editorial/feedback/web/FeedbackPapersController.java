package vn.angiang.editorial.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackAuditedRecords;
import vn.angiang.editorial.feedback.FeedbackPapers;
import vn.angiang.editorial.feedback.FeedbackRepository;
import vn.angiang.editorial.feedback.FeedbackVariables;
import vn.angiang.editorial.feedback.TrackingCodes;
import vn.angiang.editorial.platform.papers.PaperDownloads;
import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.validation.NotAllowed;

/**
 * The papers the board issued about a piece of feedback (authenticated, under {@code /api}): {@code GET
 * /api/feedback/{code}/papers} and {@code GET /api/feedback/{code}/papers/{id}.pdf} (or {@code .docx}).
 * Read by those who read the feedback's trail and by the people of the agency it is forwarded to, to whom
 * the slip is addressed; an unknown code, another record's paper and a record one may not read answer alike.
 */
@RestController
public record FeedbackPapersController(FeedbackAuditedRecords records, FeedbackRepository repository, Papers papers, PaperDownloads downloads, Actors actors) {

    static final String NOT_FOUND = "Không tìm thấy văn bản này trong số hồ sơ bạn được xem.";


    @GetMapping("/api/feedback/{trackingCode}/papers")
    public List<PaperView> list(@PathVariable String trackingCode) {
        Feedback f = readable(trackingCode).orElseThrow(() -> new NotAllowed(NOT_FOUND));
        return papers.list(FeedbackVariables.PROCESS_KEY, f.trackingCode()).stream()
                .map(p -> new PaperView(p.id(), p.symbol(), p.title(), p.issuedOn(), p.signedBy(), p.signedFor(),
                        FeedbackPapers.url(f.trackingCode(), p.id(), PaperFormat.PDF),
                        FeedbackPapers.url(f.trackingCode(), p.id(), PaperFormat.DOCX)))
                .toList();
    }

    @GetMapping("/api/feedback/{trackingCode}/papers/{paperId}.{extension}")
    public ResponseEntity<byte[]> file(@PathVariable String trackingCode, @PathVariable long paperId,
            @PathVariable String extension) {
        return readable(trackingCode)
                .flatMap(f -> downloads.of(FeedbackVariables.PROCESS_KEY, f.trackingCode(), paperId, extension))
                .orElseThrow(() -> new NotAllowed(NOT_FOUND));
    }

    /** The record, when the signed-in user reads its trail or belongs to the agency it is forwarded to. */
    private Optional<Feedback> readable(String trackingCode) {
        Actor user = actors.signedIn().orElseThrow(() -> new NotAllowed(NOT_FOUND));
        Optional<Feedback> asReader = records.readable(trackingCode, user);
        if (asReader.isPresent()) {
            return asReader;
        }
        return TrackingCodes.parse(trackingCode).flatMap(repository::findByTrackingCode)
                .filter(f -> f.agencyGroup() != null && user.memberOf() != null && user.memberOf().contains(f.agencyGroup()));
    }

    public record PaperView(long id, String number, String title, LocalDate issuedOn, String signedBy, String signedFor,
            String pdf, String docx) {
    }
}
