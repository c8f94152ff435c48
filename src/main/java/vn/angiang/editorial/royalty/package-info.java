/**
 * The monthly royalty payout (process {@code royalty-payout}, {@code processes/royalty-payout.bpmn}, forms
 * {@code forms/royalty-*.form}): on the first working day of a month the statement of the works first
 * published in the previous month is drafted from the content records (read only), the members propose
 * coefficients for their fields (Đ10.9), the IT center scores it (Đ11.6), the head — or a deputy under a
 * delegation to approve royalties — approves it (Đ7.6) and a numbered statement (BK) is issued. The rules
 * are data: {@code royalty/royalty-rules.yaml} ({@link vn.angiang.editorial.royalty.RoyaltyRules}).
 */
package vn.angiang.editorial.royalty;
