package vn.angiang.editorial.royalty;

/**
 * A payee of the register: known by {@code id}, so that two people of the same name are two payees. Bank details
 * are kept apart ({@link PayeeBank}) and shown only to the IT center and the head.
 */
public record Payee(long id, String fullName, PayeeKind kind, String taxCode, String idNumber) {
}
