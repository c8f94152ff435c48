package vn.angiang.editorial.content.web;

import vn.angiang.editorial.content.AuditTrail;
import vn.angiang.editorial.content.ContentAuditedRecords;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentTrail;
import vn.angiang.editorial.content.Submission;
import vn.angiang.editorial.platform.audit.AuditReader;
import vn.angiang.editorial.platform.process.Actors;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of a submission (authenticated, under /api): every status, every decision — who,
 * in which role, acting for whom, when, outcome, comment — and every published version. The head is
 * legally responsible for all published content (Đ7.1); this is the chain that shows how it got there.
 */
@RestController
public record AuditController(ContentService service, ContentAuditedRecords records, AuditReader reader, Actors actors) {

    /**
     * The trail of one item, for the board and for its own submitter ({@link ContentAuditedRecords}). Anyone
     * else hears what an unknown id answers, so that ids cannot be probed for the items that exist.
     */
    @GetMapping("/api/content/{id}/audit")
    public ResponseEntity<?> audit(@PathVariable long id) {
        return actors.signedIn().flatMap(user -> reader.read(records, ContentTrail.key(id), user))
                .<ResponseEntity<?>>map(trail -> ResponseEntity.ok(view(service.auditTrail(trail.record(), trail.entries()))))
                .orElseGet(() -> notFound(id));
    }

    private static ResponseEntity<Message> notFound(long id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new Message("Không tìm thấy tin bài #" + id + " trong số hồ sơ bạn được xem."));
    }

    static AuditView view(AuditTrail trail) {
        Submission s = trail.submission();
        return new AuditView(s.id(), s.title(), s.contentType().code(), s.contentType().label(), s.field(),
                s.urgency().code(), s.requestedPublicationDate(), s.sourceAgency(), s.submitterId(),
                s.submitterGroup(), s.status().name(), s.status().label(), s.contentVersion(), s.appraiserGroup(),
                s.headApprovalRequired(), s.deadlineDays(), s.processInstanceId(), s.publishedItemKey(),
                s.publishedItemKey() == null ? null : "/public/feed/" + s.publishedItemKey(),
                s.contributors().stream().map(c -> new ContributorView(c.name(), c.role().code(), c.role().label()))
                        .toList(),
                trail.statusHistory().stream().map(h -> new StatusView(h.status().name(), h.status().label(),
                        h.changedAt(), h.changedBy(), h.note())).toList(),
                trail.decisions().stream().map(d -> new DecisionView(d.taskKey(), d.taskId(), d.actorId(),
                        d.actorRole(), d.actingFor(), d.decidedAt(), d.outcome().code(), d.outcome().label(),
                        d.comment(), d.contentVersion())).toList(),
                trail.publications().stream().map(p -> new PublicationView(p.version(), p.state().name(),
                        p.publishedAt(), p.publishedBy(), p.changeNote(), p.endedAt(), p.endedBy(),
                        p.withdrawalReason())).toList());
    }

    public record Message(String message) {
    }

    public record AuditView(long id, String title, String contentType, String contentTypeLabel, String field,
            String urgency, LocalDate requestedPublicationDate, String sourceAgency, String submitterId,
            String submitterGroup, String status, String statusLabel, int contentVersion, String appraiserGroup,
            Boolean headApprovalRequired, Integer deadlineDays, String processInstanceId, String publishedItemKey,
            String feedPath, List<ContributorView> contributors, List<StatusView> statusHistory,
            List<DecisionView> decisions, List<PublicationView> publications) {
    }

    public record ContributorView(String name, String role, String roleLabel) {
    }

    public record StatusView(String status, String statusLabel, OffsetDateTime at, String by, String note) {
    }

    public record DecisionView(String taskKey, String taskId, String actorId, String actorRole, String actingFor,
            OffsetDateTime at, String outcome, String outcomeLabel, String comment, int contentVersion) {
    }

    public record PublicationView(int version, String state, OffsetDateTime publishedAt, String publishedBy,
            String changeNote, OffsetDateTime endedAt, String endedBy, String withdrawalReason) {
    }
}
