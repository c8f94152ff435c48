package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.process.Coded;

/** The kinds of commune-level unit (Luật Tổ chức chính quyền địa phương số 72/2025/QH15): xã, phường, đặc khu. */
public enum AreaKind implements Coded {
    XA,
    PHUONG,
    DAC_KHU;
}
