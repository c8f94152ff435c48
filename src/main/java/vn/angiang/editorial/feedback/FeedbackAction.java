package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.process.Coded;

/**
 * What a step did to a piece of feedback, as its trail records it: the decisions of the IT center, the
 * agency and the reviewing member ({@link FeedbackService#FORWARD}, ...) and what the application did itself.
 */
public enum FeedbackAction implements Coded {
    RECEIVED,
    PROPOSED,
    REJECT,
    OUT_OF_SCOPE,
    ANSWER,
    FORWARD,
    ADVISE_COMMITTEE,
    APPROVE,
    SLIP_ISSUED,
    NOT_COMPETENT,
    ACCEPT,
    RETURN,
    PUBLISHED,
    REMINDED,
    ESCALATED,
    MAILED,
    NOT_MAILED;
}
