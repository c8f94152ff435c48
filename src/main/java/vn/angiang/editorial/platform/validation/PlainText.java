package vn.angiang.editorial.platform.validation;

/**
 * Characters a person's text may not carry into the records: control characters (they make the public
 * Atom feed invalid XML and show as nothing), broken UTF-16 and hidden direction marks (they make a
 * text read differently from what is stored). Tab and line breaks stay: they belong to prose.
 */
public final class PlainText {

    /** The start of a tag, a comment, a doctype or a processing instruction, as a browser would read it. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<\\s*[\\p{L}/!?]");

    private PlainText() {
    }

    /** True if {@code raw} holds markup, which plain text never does. */
    public static boolean containsMarkup(String raw) {
        return MARKUP.matcher(raw).find();
    }

    /** Why {@code raw} cannot be stored as it is (Vietnamese, to follow the field's label), or null. */
    public static String unsafeCharacters(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "chứa ký tự không hợp lệ (mã hóa Unicode hỏng).";
            }
            if (Character.isLowSurrogate(c)) {
                return "chứa ký tự không hợp lệ (mã hóa Unicode hỏng).";
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                return "chứa ký tự điều khiển không hiển thị được; hãy gõ lại nội dung.";
            }
            if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff || c == 0xfffe || c == 0xffff) {
                return "chứa ký tự định dạng ẩn (đổi chiều văn bản); hãy gõ lại nội dung.";
            }
        }
        return null;
    }
}
