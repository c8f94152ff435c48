package vn.angiang.editorial.platform.publishing;

/**
 * What a process hands to the {@link Publisher}: the approved text and where it came from.
 *
 * @param sourceKind    which process published it ("content", later "feedback-answer")
 * @param sourceId      the id of the record in that process
 * @param bodyHtml      HTML; sanitized again by the publisher before it is stored
 * @param contributors  the authors' names and roles as shown to readers
 * @param auditPath     path of the audit trail of the decisions behind the item
 * @param publishedBy   user id of whoever's decision published it
 * @param changeNote    for a correction: what was corrected
 */
public record Publication(
        String sourceKind,
        long sourceId,
        String title,
        String summary,
        String bodyHtml,
        String category,
        String categoryLabel,
        String contributors,
        String sourceAgency,
        String auditPath,
        String publishedBy,
        String changeNote) {

    /** The public id of what a source publishes: one key per source record, across corrections. */
    public String key() {
        return sourceKind + "-" + sourceId;
    }
}
