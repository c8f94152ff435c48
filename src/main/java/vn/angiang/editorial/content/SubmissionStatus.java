package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.process.Coded;

/** Where a submission stands. */
public enum SubmissionStatus implements Coded {
    SUBMITTED,
    RETURNED,
    WITHDRAWN,
    IN_APPRAISAL,
    AWAITING_HEAD_APPROVAL,
    APPROVED,
    PUBLISHED,
    TAKEN_DOWN,
    REJECTED;
}
