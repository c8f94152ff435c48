package vn.angiang.editorial.royalty;

import vn.angiang.editorial.platform.process.Coded;

/** How a payee was paid (Đ11.7): code = form value. */
public enum PaymentMethod implements Coded {
    /** chuyển khoản: the reference is the bank's transfer order number */
    BANK_TRANSFER,
    /** tiền mặt: the reference is the cash voucher (phiếu chi) number */
    CASH
}
