package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/** How a member took part in the meeting, as the secretariat records it. */
public enum Presence implements Coded {
    PRESENT,
    /** represented by the proxy recorded against the member (Đ14.2) */
    PROXY,
    ABSENT;

    /** Present in person or through a proxy: counts for the quorum and votes. */
    public boolean attends() {
        return this != ABSENT;
    }
}
