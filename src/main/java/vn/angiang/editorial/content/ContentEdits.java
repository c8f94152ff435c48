package vn.angiang.editorial.content;

/**
 * What a person at a step sends back with their decision; a null value means "unchanged".
 * Classification (type, field, urgency) is only taken where the {@link Stage} allows it.
 */
public record ContentEdits(String title, String summary, String body, String contentType, String field,
        String urgency) {

    public static final ContentEdits NONE = new ContentEdits(null, null, null, null, null, null);
}
