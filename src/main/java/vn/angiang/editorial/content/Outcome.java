package vn.angiang.editorial.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a decision (or an event) in the trail of a submission was. Codes are the values of the
 * decision fields in the forms.
 */
public enum Outcome {
    SUBMIT("submit", "Gửi đăng"),
    FORWARD("forward", "Chuyển thẩm định"),
    RETURN("return", "Trả lại để bổ sung, chỉnh sửa"),
    REJECT("reject", "Từ chối đăng"),
    RESUBMIT("resubmit", "Gửi lại sau khi bổ sung"),
    WITHDRAW("withdraw", "Rút tin bài"),
    APPROVE("approve", "Đồng ý đăng"),
    PUBLISH("publish", "Đăng trên Cổng"),
    CONFIRM("confirm", "Kiểm tra sau đăng: đạt"),
    CORRECT("correct", "Đính chính (đăng phiên bản mới)"),
    TAKE_DOWN("take-down", "Gỡ khỏi Cổng"),
    REMIND("remind", "Nhắc hạn xử lý"),
    ESCALATE("escalate", "Báo cáo quá hạn lên Phó Trưởng ban");

    private final String code;
    private final String label;

    Outcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Outcome> fromCode(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst();
    }
}
