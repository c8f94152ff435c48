package vn.angiang.editorial.content;

import java.util.Arrays;
import java.util.Optional;

/** What a contributor did for the work; royalties (nhuận bút, thù lao) are scored by it later. */
public enum ContributorRole {
    AUTHOR("author", "Tác giả"),
    PHOTOGRAPHER("photographer", "Nhiếp ảnh"),
    TRANSLATOR("translator", "Dịch giả"),
    ILLUSTRATOR("illustrator", "Minh họa"),
    VIDEOGRAPHER("videographer", "Quay phim"),
    COMPILER("compiler", "Biên soạn, tổng hợp");

    private final String code;
    private final String label;

    ContributorRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ContributorRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
