package vn.angiang.editorial.royalty;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A work first published on the portal, as the content records hold it (read only).
 *
 * @param contributors the people of the work in the order given: name and contribution (author, photographer…)
 */
public record PublishedWork(long publishedItemId, long submissionId, String itemKey, String title, String contentType,
        String fieldCode, String fieldGroup, String submitterGroup, OffsetDateTime firstPublishedAt,
        List<Contributor> contributors) {

    public record Contributor(String name, String role) {
    }
}
