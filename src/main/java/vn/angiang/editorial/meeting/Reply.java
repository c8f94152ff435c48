package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/** A member's answer to an invitation (Đ14.2); {@link #NONE} when none came by the reply deadline. */
public enum Reply implements Coded {
    CONFIRM,
    DECLINE,
    /** an official of the member's unit attends for the member, who answers for the proxy's opinions (Đ14.2) */
    PROXY,
    NONE
}
