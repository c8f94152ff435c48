package vn.angiang.editorial.content;

/** Where a submission stands. */
public enum SubmissionStatus {
    SUBMITTED("Đã gửi, chờ kiểm duyệt"),
    RETURNED("Trả lại để bổ sung, chỉnh sửa"),
    WITHDRAWN("Người gửi đã rút"),
    IN_APPRAISAL("Chờ thành viên Ban Biên tập thẩm định"),
    AWAITING_HEAD_APPROVAL("Chờ Trưởng ban phê duyệt"),
    APPROVED("Đã phê duyệt, chờ đăng"),
    PUBLISHED("Đã đăng trên Cổng"),
    TAKEN_DOWN("Đã gỡ khỏi Cổng"),
    REJECTED("Không được đăng");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
