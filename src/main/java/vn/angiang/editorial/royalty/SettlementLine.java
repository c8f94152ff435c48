package vn.angiang.editorial.royalty;

import java.time.LocalDate;
import java.time.YearMonth;

/** One recorded payment as the yearly settlement reads it: the statement's month and kind, the payee and amounts. */
public record SettlementLine(YearMonth period, String statementKind, String payeeName, Long payeeId, long gross,
        long tax, long net, LocalDate paidOn) {
}
