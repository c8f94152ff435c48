package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/** What the vote on one decision gave, by the majority rule in force ({@link MeetingRules}, Đ14.1). */
public enum VoteOutcome implements Coded {
    PASSED,
    FAILED
}
