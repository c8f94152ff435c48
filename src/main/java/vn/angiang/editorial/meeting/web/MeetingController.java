package vn.angiang.editorial.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.angiang.editorial.meeting.AgendaItem;
import vn.angiang.editorial.meeting.Attendance;
import vn.angiang.editorial.meeting.FollowUp;
import vn.angiang.editorial.meeting.Material;
import vn.angiang.editorial.meeting.Meeting;
import vn.angiang.editorial.meeting.MeetingAccess;
import vn.angiang.editorial.meeting.MeetingPeople;
import vn.angiang.editorial.meeting.MeetingService;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperDownloads;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.validation.NotAllowed;

/**
 * The board's meetings (HTTP Basic, under {@code /api}): {@code GET /api/meetings} lists them with kind, time,
 * status, chair and the follow-up work still open (and overdue); {@code GET /api/meetings/{id}} one with its
 * agenda, attendance and follow-ups; {@code GET /api/meetings/{id}/documents} its papers (invitation, minutes,
 * conclusion or result notice) and prepared documents;
 * {@code GET /api/meetings/{id}/documents/{paperId}.{pdf|docx}} a paper's file. Who reads is {@link MeetingAccess}:
 * a meeting one may not read answers like one that does not exist (404).
 */
@RestController
class MeetingController {

    private final MeetingService meetings;
    private final MeetingAccess access;
    private final MeetingPeople people;
    private final Papers papers;
    private final PaperDownloads downloads;
    private final Actors actors;
    private final Clock clock;

    MeetingController(MeetingService meetings, MeetingAccess access, MeetingPeople people, Papers papers,
            PaperDownloads downloads, Actors actors, Clock clock) {
        this.downloads = downloads;
        this.clock = clock;
        this.meetings = meetings;
        this.access = access;
        this.people = people;
        this.papers = papers;
        this.actors = actors;
    }

    record MeetingSummary(long id, String kind, String kindLabel, String title, OffsetDateTime startsAt, String place,
            String status, String statusLabel, String chairId, String chairName, String chairDelegation,
            boolean shortNotice, long openFollowUps, long overdueFollowUps) {
    }

    record MeetingDetail(MeetingSummary meeting, String reason, OffsetDateTime contributionsDue, OffsetDateTime replyDue,
            List<AgendaItem> agenda, List<AttendanceView> attendance, List<FollowUp> followUps) {
    }

    record AttendanceView(String memberId, String memberName, String reply, String replyLabel, String proxyName,
            String proxyPosition, String proxyUnit, String presence, String presenceLabel) {
    }

    record DocumentView(String kind, String title, String symbol, LocalDate issuedOn, String signedBy, String signature,
            String author, String link, boolean late, String pdf, String docx) {
    }

    @GetMapping("/api/meetings")
    List<MeetingSummary> list() {
        Actor reader = signedIn();
        if (!access.readsAll(reader)) {
            throw new NotAllowed("Chỉ thành viên Ban Biên tập, Tổ giúp việc và người giám sát được xem danh sách cuộc họp.");
        }
        return meetings.list().stream().map(this::summary).toList();
    }

    @GetMapping("/api/meetings/{id}")
    ResponseEntity<MeetingDetail> get(@PathVariable long id) {
        return access.readable(id, signedIn()).map(m -> ResponseEntity.ok(new MeetingDetail(summary(m), m.reason(),
                m.contributionsDue(), m.replyDue(), meetings.agenda(id),
                meetings.attendance(id).stream().map(MeetingController::view).toList(), meetings.followUps(id))))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/api/meetings/{id}/documents")
    ResponseEntity<List<DocumentView>> documents(@PathVariable long id) {
        return access.readable(id, signedIn()).map(m -> {
            List<DocumentView> documents = new ArrayList<>();
            for (IssuedPaper p : papers.list(MeetingService.PROCESS_KEY, m.key())) {
                String base = "/api/meetings/" + id + "/documents/" + p.id();
                documents.add(new DocumentView("paper", p.title(), p.symbol(), p.issuedOn(), p.signedBy(),
                        p.signature(), null, null, false, base + ".pdf", base + ".docx"));
            }
            for (Material material : meetings.materials(id)) {
                documents.add(new DocumentView(material.kind(), material.title(), null, null, null, null,
                        material.authorId(), material.link(), material.late(), null, null));
            }
            return ResponseEntity.ok(documents);
        }).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/api/meetings/{id}/documents/{paperId}.{extension}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long paperId, @PathVariable String extension) {
        if (access.readable(id, signedIn()).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return downloads.of(MeetingService.PROCESS_KEY, Long.toString(id), paperId, extension)
                .orElse(ResponseEntity.notFound().build());
    }

    private MeetingSummary summary(Meeting m) {
        List<FollowUp> open = meetings.followUps(m.id()).stream().filter(f -> FollowUp.OPEN.equals(f.status())).toList();
        LocalDate today = LocalDate.now(clock.withZone(BoardTime.ZONE));
        return new MeetingSummary(m.id(), m.kind().code(), m.kind().label(), m.title(), m.startsAt(), m.place(),
                m.status().code(), m.status().label(), m.convenerId(),
                m.convenerId() == null ? null : people.name(m.convenerId()), m.convenerDelegation(), m.shortNotice(),
                open.size(), open.stream().filter(f -> f.dueOn().isBefore(today)).count());
    }

    private static AttendanceView view(Attendance a) {
        return new AttendanceView(a.memberId(), a.memberName(), a.reply().code(), a.reply().label(), a.proxyName(),
                a.proxyPosition(), a.proxyUnit(), a.presence() == null ? null : a.presence().code(),
                a.presence() == null ? null : a.presence().label());
    }

    /** /api is authenticated by the REST filter: a request without a user never gets here. */
    private Actor signedIn() {
        return actors.signedIn().orElseThrow(() -> new IllegalStateException("/api without authentication"));
    }
}
