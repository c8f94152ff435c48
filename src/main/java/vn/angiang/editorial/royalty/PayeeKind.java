package vn.angiang.editorial.royalty;

import vn.angiang.editorial.platform.process.Coded;

/** Who a payee is, for Đ17 of the regulation: whether a share of a work is paid. */
public enum PayeeKind implements Coded {
    /** cộng tác viên (Đ5.5): paid */
    COLLABORATOR,
    /** tác giả của cơ quan, đơn vị cung cấp thông tin: paid */
    AGENCY_AUTHOR,
    /** thành viên Ban Biên tập: paid only for work outside their duties (Đ17.2) */
    BOARD_MEMBER,
    /** Tổ giúp việc: paid only for work outside their duties (Đ17.2) */
    SECRETARIAT;

    /** Whether a share is paid: board members and the secretariat only for work outside their duties (Đ17.2). */
    public boolean paid(boolean outsideDuty) {
        return this == COLLABORATOR || this == AGENCY_AUTHOR || outsideDuty;
    }
}
