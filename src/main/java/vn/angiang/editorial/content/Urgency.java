package vn.angiang.editorial.content;

import java.util.Arrays;
import java.util.Optional;

/** How fast the submitter needs the item published. Codes are the values used in forms and DMN. */
public enum Urgency {
    NORMAL("normal", "Bình thường"),
    URGENT("urgent", "Khẩn");

    private final String code;
    private final String label;

    Urgency(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Urgency> fromCode(String code) {
        return Arrays.stream(values()).filter(urgency -> urgency.code.equals(code)).findFirst();
    }
}
