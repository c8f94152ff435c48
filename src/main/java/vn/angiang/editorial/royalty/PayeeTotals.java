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
 * For every payee net = gross − tax. A member's fee (Đ17.1) is paid with their royalties, as one payment. A payee is the payee of the register when a share names one (two people of
 * the same name are then two payees), else the name.
 */
public record PayeeTotals(String name, long gross, long tax, long net, String note, Long payeeId) {

    public PayeeTotals(String name, long gross, long tax, long net, String note) {
        this(name, gross, tax, net, note, null);
    }

    /** "#12" for payee 12 of the register, else the name. */
    public static String key(Long payeeId, String name) {
        return payeeId != null ? "#" + payeeId : name;
    }

    public String key() {
        return key(payeeId, name);
    }

    /** With commitments known by name only. */
    public static List<PayeeTotals> of(RoyaltyStatement s, RoyaltyRules.IncomeTax rule, Set<String> committed) {
        return of(s, rule, committed, Set.of());
    }

    /**
     * @param committedNames payees known by name with a commitment for the statement's year
     * @param committedIds   payees of the register with a commitment for that year
     */
    public static List<PayeeTotals> of(RoyaltyStatement s, RoyaltyRules.IncomeTax rule, Set<String> committedNames,
            Set<Long> committedIds) {
        Map<String, PayeeTotals> gross = new LinkedHashMap<>();
        for (RoyaltyWork w : s.works()) {
            for (RoyaltyShare sh : w.shares()) {
                if (sh.amount() > 0) {
                    gross.merge(sh.payeeKey(), new PayeeTotals(sh.name(), sh.amount(), 0, 0, null, sh.payeeId()),
                            (a, b) -> new PayeeTotals(a.name(), a.gross() + b.gross(), 0, 0, null, a.payeeId()));
                }
            }
        }
        for (FeeLine f : s.fees()) {
            if (f.amount() > 0) {
                gross.merge(key(null, f.name()), new PayeeTotals(f.name(), f.amount(), 0, 0, null, null),
                        (a, b) -> new PayeeTotals(a.name(), a.gross() + b.gross(), 0, 0, null, a.payeeId()));
            }
        }
        return gross.values().stream().map(p -> {
            long g = p.gross();
            if (g < rule.threshold()) {
                return new PayeeTotals(p.name(), g, 0, g, null, p.payeeId());
            }
            if (p.payeeId() != null ? committedIds.contains(p.payeeId()) : committedNames.contains(p.name())) {
                return new PayeeTotals(p.name(), g, 0, g, "Có cam kết 08/CK-TNCN năm " + s.period().getYear(),
                        p.payeeId());
            }
            long tax = BigDecimal.valueOf(g).multiply(BigDecimal.valueOf(rule.rate()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            return new PayeeTotals(p.name(), g, tax, g - tax, "Khấu trừ " + rule.rate() + " % (" + rule.source() + ")",
                    p.payeeId());
        }).toList();
    }
}
