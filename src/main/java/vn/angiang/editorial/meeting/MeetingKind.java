package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/** Đ15.2: the board meets regularly every six months, and ad hoc when the head (or a delegated deputy) convenes it. */
public enum MeetingKind implements Coded {
    REGULAR,
    AD_HOC
}
