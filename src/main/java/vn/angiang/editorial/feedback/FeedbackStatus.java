package vn.angiang.editorial.feedback;

/**
 * Where a piece of feedback stands. {@link #publicLabel()} is what the public status page shows: a
 * citizen sees "đang xử lý" from forwarding until the answer is published.
 */
public enum FeedbackStatus {
    /** waiting for the IT center's classification (also after an agency sent it back) */
    RECEIVED("Đã tiếp nhận, đang phân loại", "Đã tiếp nhận"),
    /** not accepted (không thụ lý): the reason is shown to the sender */
    NOT_ACCEPTED("Không thụ lý", "Không thụ lý"),
    /** forwarded to the competent agency, waiting for its answer */
    FORWARDED("Đã chuyển cơ quan có thẩm quyền", "Đang xử lý"),
    /** an answer waits for a board member's review */
    UNDER_REVIEW("Đang xem xét câu trả lời", "Đang xử lý"),
    /** the question and answer are published */
    ANSWERED("Đã trả lời, đã công khai", "Đã trả lời");

    private final String label;
    private final String publicLabel;

    FeedbackStatus(String label, String publicLabel) {
        this.label = label;
        this.publicLabel = publicLabel;
    }

    public String label() {
        return label;
    }

    public String publicLabel() {
        return publicLabel;
    }
}
