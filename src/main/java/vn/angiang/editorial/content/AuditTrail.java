package vn.angiang.editorial.content;

import java.util.List;

import vn.angiang.editorial.platform.publishing.PublishedItem;

/** Everything that happened to a submission: statuses, decisions and published versions. */
public record AuditTrail(Submission submission, List<StatusChange> statusHistory, List<DecisionRecord> decisions,
        List<PublishedItem> publications) {
}
