package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/** What a member answers a written consultation (Đ12.1); {@link #NONE} when no answer came by the deadline. */
public enum ConsultationAnswer implements Coded {
    AGREE,
    DISAGREE,
    /** a different proposal, in the comment */
    OTHER,
    NONE
}
