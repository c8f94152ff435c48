package vn.angiang.editorial.feedback;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a piece of feedback reached the board. QĐ 31/2021/QĐ-TTg asks that every channel enter one system:
 * the web form enters itself, the others are entered by the IT center from Tasklist's start form.
 */
public enum Channel {
    WEB("web", "Cổng thông tin điện tử (trực tuyến)"),
    PAPER("paper", "Thư, đơn bằng giấy"),
    PHONE("phone", "Điện thoại"),
    EMAIL("email", "Thư điện tử");

    private final String code;
    private final String label;

    Channel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Channel> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
