package vn.angiang.editorial.meeting;

import java.time.OffsetDateTime;

/**
 * What was prepared for a meeting: a document of the IT center (Đ11.9) or a member's contribution (Đ10.8).
 *
 * @param kind  {@link #DOCUMENT} or {@link #CONTRIBUTION}
 * @param link  where the file is kept (the board's document store), or null
 * @param late  handed in after the deadline, or not at all (then content is null)
 */
public record Material(long id, String kind, String groupId, String authorId, String title, String content,
        String link, boolean late, OffsetDateTime addedAt) {

    public static final String DOCUMENT = "document";
    public static final String CONTRIBUTION = "contribution";
}
