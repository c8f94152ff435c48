package vn.angiang.editorial.royalty;

/**
 * A payee of the register: known by {@code id}, so that two people of the same name are two payees. Bank details
 * are kept apart ({@link PayeeBank}) and shown only to the IT center and the head.
 *
 * @param userId the payee's own account (a collaborator), who may read their own lines; null if none
 */
public record Payee(long id, String fullName, PayeeKind kind, String taxCode, String idNumber, String userId) {
}
