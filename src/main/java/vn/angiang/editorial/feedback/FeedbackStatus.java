package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.process.Coded;

/**
 * Where a piece of feedback stands. {@link #publicLabel()} is what the public status page shows: a
 * citizen sees "đang xử lý" from forwarding until the answer is published.
 */
public enum FeedbackStatus implements Coded {
    /** waiting for the IT center's classification (also after an agency sent it back) */
    RECEIVED,
    /** not fit to be handled (không đủ điều kiện xử lý): the reason is shown to the sender */
    NOT_ACCEPTED,
    /** not feedback at all (a complaint, a denunciation, …): the sender is told where to send it */
    OUT_OF_SCOPE,
    /** the IT center proposed forwarding; the board's slip waits for the head or a delegate (Đ5.4, Đ14.3) */
    AWAITING_FORWARD_APPROVAL,
    /** forwarded to the competent agency, waiting for its answer */
    FORWARDED,
    /** an answer waits for a board member's review */
    UNDER_REVIEW,
    /** the question and answer are published */
    ANSWERED;

    /** What the public status page shows: a citizen sees "đang xử lý" from forwarding until publication. */
    public String publicLabel() {
        return Labels.label(this, ".public");
    }
}
