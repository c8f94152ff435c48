package vn.angiang.editorial.content;

import java.util.List;

import vn.angiang.editorial.platform.audit.AuditEntry;
import vn.angiang.editorial.platform.publishing.PublishedItem;

/** Everything that happened to a submission: statuses, decisions and published versions. */
public record AuditTrail(Submission submission, List<StatusChange> statusHistory, List<DecisionRecord> decisions,
        List<PublishedItem> publications) {

    /** The submission's history from its entries in the shared trail ({@link ContentTrail}). */
    public static AuditTrail of(Submission submission, List<AuditEntry> entries, List<PublishedItem> publications) {
        return new AuditTrail(submission,
                entries.stream().filter(ContentTrail::isStatus).map(StatusChange::of).toList(),
                entries.stream().filter(e -> !ContentTrail.isStatus(e)).map(DecisionRecord::of).toList(),
                publications);
    }
}
