package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/** Where a meeting stands. */
public enum MeetingStatus implements Coded {
    /** agenda, documents and contributions being prepared; the invitation not yet sent */
    PREPARING,
    /** the invitation is sent; members reply */
    INVITED,
    /** the meeting was held and recorded; minutes await the chair */
    HELD,
    /** minutes approved, the conclusion notice sent */
    CONCLUDED
}
