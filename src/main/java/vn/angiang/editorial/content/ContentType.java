package vn.angiang.editorial.content;

import java.util.Arrays;
import java.util.Optional;

/** What kind of work is submitted (Đ5.2, Đ9.2, Đ9.3). Codes are the values used in forms and DMN. */
public enum ContentType {
    NEWS("news", "Tin"),
    ARTICLE("article", "Bài viết"),
    PHOTO_STORY("photo-story", "Phóng sự ảnh"),
    ANNOUNCEMENT("announcement", "Thông báo"),
    LEGAL_DOCUMENT("legal-document", "Văn bản quy phạm pháp luật, chỉ đạo điều hành"),
    PRESS_INFORMATION("press-information", "Thông tin cung cấp cho báo chí");

    private final String code;
    private final String label;

    ContentType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ContentType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
