package vn.angiang.editorial.platform.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file sent with a message of the outbox (a meeting's {@code .ics} event, its invitation as PDF): stored
 * with the message in the same transaction, attached when it is sent.
 *
 * @param fileName  as the recipient sees it: letters, digits, dot, hyphen, underscore ({@code giay-moi.ics})
 * @param mediaType {@code text/calendar; method=REQUEST}, {@code application/pdf}
 */
public record MailAttachment(String fileName, String mediaType, byte[] content) {

    /** Largest file a message carries; mails are not a store of documents (they are linked). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+(; ?[a-z-]+=[A-Za-z0-9-]+)*");

    public MailAttachment {
        Objects.requireNonNull(content, "content");
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("Tên tệp đính kèm không hợp lệ: \"" + fileName + "\"");
        }
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("Kiểu tệp đính kèm không hợp lệ: \"" + mediaType + "\"");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("Tệp đính kèm " + fileName + " lớn quá " + MAX_BYTES + " byte");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
