package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/**
 * Đ14.1 says the board decides "theo đa số" without saying of whom: more than half of which count. The
 * choice is the board's own rule (quy định nội bộ), configured in {@code editorial.meeting.majority-basis}.
 */
public enum MajorityBasis implements Coded {
    /** more than half of the members attending, in person or by proxy (default) */
    ATTENDING,
    /** more than half of all the board's members */
    ALL_MEMBERS
}
