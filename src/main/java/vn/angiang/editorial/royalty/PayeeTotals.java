package vn.angiang.editorial.royalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each payee of a statement receives: the gross of their shares (one payment a month), the personal income
 * tax withheld and the net. Withheld: {@code rate} % of a gross of at least {@code threshold}, rounded half up to
 * the dong, unless the payee has a commitment for the year on file (Thông tư 111/2013/TT-BTC, Đ25.1.i).
 * For every payee net = gross − tax.
 */
public record PayeeTotals(String name, long gross, long tax, long net, String note) {

    public static List<PayeeTotals> of(RoyaltyStatement s, RoyaltyRules.IncomeTax rule, Set<String> committed) {
        Map<String, Long> gross = new LinkedHashMap<>();
        for (RoyaltyWork w : s.works()) {
            for (RoyaltyShare sh : w.shares()) {
                if (sh.amount() > 0) {
                    gross.merge(sh.name(), sh.amount(), Long::sum);
                }
            }
        }
        return gross.entrySet().stream().map(e -> {
            long g = e.getValue();
            if (g < rule.threshold()) {
                return new PayeeTotals(e.getKey(), g, 0, g, null);
            }
            if (committed.contains(e.getKey())) {
                return new PayeeTotals(e.getKey(), g, 0, g, "Có cam kết 08/CK-TNCN năm " + s.period().getYear());
            }
            long tax = BigDecimal.valueOf(g).multiply(BigDecimal.valueOf(rule.rate()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            return new PayeeTotals(e.getKey(), g, tax, g - tax, "Khấu trừ " + rule.rate() + " % (" + rule.source() + ")");
        }).toList();
    }
}
