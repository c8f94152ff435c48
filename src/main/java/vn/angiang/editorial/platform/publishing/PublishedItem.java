package vn.angiang.editorial.platform.publishing;

import java.time.OffsetDateTime;

/**
 * One published version of an item in the public feed.
 *
 * @param key              stable public id ("content-42"); the same for every version
 * @param version          1 for the first publication, +1 for each correction
 * @param state            {@link State#CURRENT} while it is the version readers see
 * @param auditPath        path of the (authenticated) audit trail of the decisions behind it
 * @param firstPublishedAt when version 1 went out
 * @param publishedAt      when this version went out
 */
public record PublishedItem(
        String key,
        int version,
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
        State state,
        OffsetDateTime firstPublishedAt,
        OffsetDateTime publishedAt,
        String publishedBy,
        String changeNote,
        OffsetDateTime endedAt,
        String endedBy,
        String withdrawalReason) {

    public enum State {
        /** the version readers see */
        CURRENT,
        /** replaced by a correction (a newer version) */
        SUPERSEDED,
        /** taken down: no longer in the feed; the reason is kept */
        TAKEN_DOWN
    }
}
