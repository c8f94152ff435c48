package vn.angiang.editorial.royalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
        return of(List.of(), s, rule, committedNames, committedIds);
    }

    /**
     * What each payee of {@code s} receives when {@code earlier} statements of the same month were approved before
     * it (a supplementary statement): the tax is computed on the payee's month total (earlier + {@code s}, the
     * threshold applying to the month's payment to one person), and {@code s} pays the differences — gross = month
     * gross − earlier gross, tax = tax of the month total − tax of the earlier total (each rounded half up to the
     * dong, so no dong is lost or counted twice), net = gross − tax. A correction that lowers a payee's month total
     * gives a negative gross; if the total falls below the threshold the tax withheld before is given back.
     */
    public static List<PayeeTotals> of(List<RoyaltyStatement> earlier, RoyaltyStatement s,
            RoyaltyRules.IncomeTax rule, Set<String> committedNames, Set<Long> committedIds) {
        List<RoyaltyStatement> month = new ArrayList<>(earlier);
        month.add(s);
        Map<String, PayeeTotals> before = gross(earlier);
        Map<String, PayeeTotals> after = gross(month);
        return gross(List.of(s)).keySet().stream().map(key -> {
            PayeeTotals all = taxed(after.get(key), s, rule, committedNames, committedIds);
            PayeeTotals was = before.containsKey(key) ? taxed(before.get(key), s, rule, committedNames, committedIds)
                    : new PayeeTotals(all.name(), 0, 0, 0, null, all.payeeId());
            long g = all.gross() - was.gross();
            long tax = all.tax() - was.tax();
            return new PayeeTotals(all.name(), g, tax, g - tax, all.note(), all.payeeId());
        }).filter(p -> p.gross() != 0 || p.tax() != 0).toList();
    }

    /** The gross of each payee on {@code statements}: their shares (signed on correction lines) and fees. */
    private static Map<String, PayeeTotals> gross(List<RoyaltyStatement> statements) {
        Map<String, PayeeTotals> gross = new LinkedHashMap<>();
        for (RoyaltyStatement s : statements) {
            for (RoyaltyWork w : s.works()) {
                for (RoyaltyShare sh : w.shares()) {
                    if (sh.amount() != 0) {
                        gross.merge(sh.payeeKey(), new PayeeTotals(sh.name(), sh.amount(), 0, 0, null, sh.payeeId()),
                                PayeeTotals::plus);
                    }
                }
            }
            for (FeeLine f : s.fees()) {
                if (f.amount() > 0) {
                    gross.merge(key(null, f.name()), new PayeeTotals(f.name(), f.amount(), 0, 0, null, null),
                            PayeeTotals::plus);
                }
            }
        }
        return gross;
    }

    private static PayeeTotals plus(PayeeTotals a, PayeeTotals b) {
        return new PayeeTotals(a.name(), a.gross() + b.gross(), 0, 0, null, a.payeeId());
    }

    private static PayeeTotals taxed(PayeeTotals p, RoyaltyStatement s, RoyaltyRules.IncomeTax rule,
            Set<String> committedNames, Set<Long> committedIds) {
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
    }
}
