-- Corrections of an approved royalty statement (issue 15: "an approved statement never changes: a mistake is
-- fixed by a supplementary statement that goes through the same approval"). Written for both H2 and PostgreSQL.
--
-- A correction is a line of a supplementary statement that refers to the original work line (on the regular
-- statement, or on the supplementary statement that added the work). It carries the corrected kind, coefficient
-- and payees with their shares (share_percent; 0 for a payee who no longer shares), while its amounts are the
-- DIFFERENCE from what the month's approved statements already give for that work: royalty_work.amount and
-- royalty_share.amount are signed on correction lines (negative: a recovery). The original rows are never updated.
ALTER TABLE royalty_work ADD COLUMN corrects_work_id BIGINT;
ALTER TABLE royalty_work ADD CONSTRAINT royalty_work_corrects_fk FOREIGN KEY (corrects_work_id) REFERENCES royalty_work (id);
CREATE INDEX royalty_work_corrects_idx ON royalty_work (corrects_work_id);

-- The payment of a supplementary statement is the difference of the month's payment to a payee, so it may be
-- negative (an amount recovered, or tax withheld in excess given back); net = gross - tax stays enforced.
ALTER TABLE royalty_payment DROP CONSTRAINT royalty_payment_amounts_ck;
ALTER TABLE royalty_payment ADD CONSTRAINT royalty_payment_amounts_ck CHECK (net = gross - tax_withheld);
