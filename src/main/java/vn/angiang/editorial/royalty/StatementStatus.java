package vn.angiang.editorial.royalty;

import vn.angiang.editorial.platform.process.Coded;

/** Where a royalty statement stands. Only {@link #APPROVED} is final: an approved statement never changes. */
public enum StatementStatus implements Coded {
    /** drafted from the month's published works, waiting for the members' proposals and the IT center's scoring */
    DRAFTED,
    /** scored by the IT center, waiting for the head's approval */
    SCORED,
    /** returned by the head with comments: the IT center scores it again */
    RETURNED,
    /** approved by the head, or a deputy under a delegation (Đ7.6, Đ10.9, Đ11.6) */
    APPROVED
}
