package vn.angiang.editorial.royalty;

/** A payee's bank account for transfers (Đ11.7); read and written only by the IT center and the head. */
public record PayeeBank(long payeeId, String bankName, String accountNumber, String accountHolder) {
}
