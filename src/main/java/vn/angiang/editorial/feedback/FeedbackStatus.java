package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.process.Coded;

/**
 * Where a piece of feedback stands. {@link #publicLabel()} is what the public status page shows: a
 * citizen sees "đang xử lý" from forwarding until the answer is published.
 */
public enum FeedbackStatus implements Coded {
    /** waiting for the IT center's classification (also after an agency sent it back) */
    RECEIVED,
    /** not accepted (không thụ lý): the reason is shown to the sender */
    NOT_ACCEPTED,
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
