package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/**
 * Đ15.2: the board meets regularly every six months, and ad hoc when the head (or a delegated deputy) convenes it;
 * or it asks its members in writing instead of meeting (Đ12.1: "các vấn đề Ban Biên tập cần xin ý kiến").
 */
public enum MeetingKind implements Coded {
    REGULAR,
    AD_HOC,
    CONSULTATION
}
