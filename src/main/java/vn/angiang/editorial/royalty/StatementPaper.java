package vn.angiang.editorial.royalty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.angiang.editorial.platform.papers.PaperTable;
import vn.angiang.editorial.platform.process.BoardTime;

/** The values of the statement paper ({@code templates/documents/bang-ke-nhuan-but.txt}): one row per payee's share. */
public final class StatementPaper {

    public static final String TEMPLATE = "bang-ke-nhuan-but";

    private StatementPaper() {
    }

    public static Map<String, Object> model(RoyaltyStatement s, RoyaltyRules rules) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("month", RoyaltyService.label(s.period())
                + (s.kind() == StatementKind.SUPPLEMENTARY ? " (bảng kê bổ sung)" : ""));
        model.put("frame", frames(s, rules));
        model.put("statement", table(s, rules));
        model.put("total", Money.vnd(s.total()));
        model.put("totalInWords", Money.inWords(s.total()));
        return model;
    }

    private static String frames(RoyaltyStatement s, RoyaltyRules rules) {
        Set<String> sources = new LinkedHashSet<>();
        Set<String> bases = new LinkedHashSet<>();
        for (RoyaltyWork w : s.works()) {
            rules.frameOn(w.kind(), w.publishedOn()).ifPresent(f -> sources.add(f.source()));
            bases.add(w.baseSalarySource() + rules.baseSalaryOn(w.publishedOn())
                    .filter(b -> !b.confirmed()).map(b -> " — chưa được quản trị viên xác nhận").orElse(""));
        }
        String text = "khung hệ số nhuận bút áp dụng cho Cổng thông tin điện tử tỉnh"
                + (sources.isEmpty() ? "" : " (" + String.join("; ", sources) + ")");
        return bases.isEmpty() ? text : text + "; mức lương cơ sở theo " + String.join(", ", bases);
    }

    static PaperTable table(RoyaltyStatement s, RoyaltyRules rules) {
        List<List<String>> rows = new ArrayList<>();
        for (RoyaltyWork w : s.works()) {
            String kind = rules.kind(w.kind()).map(RoyaltyRules.Kind::label).orElse(w.kind());
            boolean first = true;
            for (RoyaltyShare sh : w.shares()) {
                rows.add(List.of(first ? String.valueOf(w.position()) : "", first ? w.label() : "",
                        first ? BoardTime.DATE.format(w.publishedOn()) : "", first ? kind : "",
                        first && w.coefficient() != null ? Money.decimal(w.coefficient()) : "",
                        first ? Money.vnd(w.unitValue()) : "", sh.name() + " (" + sh.payeeKind().label() + ")",
                        sh.percent() + " %", Money.vnd(sh.amount()), sh.note() == null ? "" : sh.note()));
                first = false;
            }
        }
        for (FeeLine f : s.fees()) {
            rows.add(List.of("", "Thù lao thành viên (Đ17.1 Quy chế)", "", "", "", "", f.name(), "",
                    Money.vnd(f.amount()), f.source()));
        }
        rows.add(List.of("", "Tổng cộng", "", "", "", "", "", "", Money.vnd(s.total()), ""));
        return new PaperTable(List.of("TT", "Tác phẩm", "Ngày đăng", "Loại", "Hệ số", "Giá trị 1 hệ số (đồng)",
                "Người hưởng", "Tỷ lệ", "Số tiền (đồng)", "Ghi chú"), rows, List.of(1, 6, 2, 2, 1, 2, 4, 1, 2, 3));
    }
}
