package vn.angiang.editorial.feedback;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.process.RuleFiles;

/**
 * The areas (địa bàn) a sender chooses from, read from {@code feedback/areas.yaml}: the commune-level
 * units of the province as an official list names them (the file's {@code source}), and one choice for
 * anything else ({@code other}, "Khác"). Reading checks that codes are well formed and unique, that every
 * kind is known, and that the list holds as many units of each kind as the source says.
 */
public final class FeedbackAreas {

    /** The official list the units come from. {@code expected}: how many units of each kind it names. */
    public record Source(String document, String issuedBy, LocalDate date, String title, LocalDate inForceFrom,
            Map<String, Integer> expected) {
    }

    /** One commune-level unit; {@code clause} is where the source names it. */
    public record Unit(String code, String kind, String name, Integer clause) {
    }

    /** The layout of the file. */
    record AreaFile(Source source, List<Unit> areas, FeedbackCatalog.Option other) {
    }

    /** A unit as the catalog offers it: "xã An Phú". */
    public record Area(String code, AreaKind kind, String name) {

        public String label() {
            return kind.label() + " " + name;
        }
    }

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Source source;
    private final List<Area> units;
    private final FeedbackCatalog.Option other;

    FeedbackAreas(Source source, List<Area> units, FeedbackCatalog.Option other) {
        this.source = source;
        this.units = List.copyOf(units);
        this.other = other;
    }

    public static FeedbackAreas read(Resource resource) {
        return of(RuleFiles.read(resource, AreaFile.class, "danh mục địa bàn"), resource.getDescription());
    }

    static FeedbackAreas of(AreaFile file, String where) {
        String in = "Danh mục địa bàn " + where + ": ";
        if (file.areas() == null || file.areas().isEmpty()) {
            throw new IllegalStateException(in + "chưa có xã, phường, đặc khu nào (areas)");
        }
        if (file.other() == null || file.other().code() == null || file.other().label() == null) {
            throw new IllegalStateException(in + "thiếu mục \"Khác\" (other: { code, label })");
        }
        Set<String> codes = new HashSet<>();
        List<Area> units = new ArrayList<>();
        Map<AreaKind, Integer> counted = new EnumMap<>(AreaKind.class);
        for (Unit unit : file.areas()) {
            String label = unit.name() == null ? String.valueOf(unit.code()) : unit.name();
            if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
                throw new IllegalStateException(in + "mã \"" + unit.code() + "\" của " + label
                        + " không hợp lệ (chữ thường không dấu, chữ số, nối bằng dấu gạch ngang)");
            }
            if (!codes.add(unit.code())) {
                throw new IllegalStateException(in + "mã \"" + unit.code() + "\" bị ghi hai lần");
            }
            if (unit.name() == null || unit.name().isBlank()) {
                throw new IllegalStateException(in + "mã \"" + unit.code() + "\" thiếu tên (name)");
            }
            AreaKind kind = Coded.byCode(AreaKind.class, unit.kind()).orElseThrow(() -> new IllegalStateException(in + "loại \""
                    + unit.kind() + "\" của " + label + " không hợp lệ; dùng xa, phuong hoặc dac-khu"));
            counted.merge(kind, 1, Integer::sum);
            units.add(new Area(unit.code(), kind, unit.name().strip()));
        }
        if (!CODE.matcher(file.other().code()).matches() || !codes.add(file.other().code())) {
            throw new IllegalStateException(in + "mã \"" + file.other().code() + "\" của mục Khác không hợp lệ hoặc trùng");
        }
        if (file.source() != null && file.source().expected() != null) {
            for (Map.Entry<String, Integer> expected : file.source().expected().entrySet()) {
                AreaKind kind = Coded.byCode(AreaKind.class, expected.getKey()).orElseThrow(() -> new IllegalStateException(
                        in + "loại \"" + expected.getKey() + "\" trong source.expected không hợp lệ"));
                int found = counted.getOrDefault(kind, 0);
                if (found != expected.getValue()) {
                    throw new IllegalStateException(in + file.source().document() + " có " + expected.getValue() + " "
                            + kind.label() + ", danh mục có " + found + ": hãy đối chiếu lại danh mục với văn bản");
                }
            }
        }
        Collator collator = Collator.getInstance(VIETNAMESE);
        units.sort(Comparator.comparing(Area::name, collator).thenComparing(a -> a.kind().ordinal()));
        return new FeedbackAreas(file.source(), units, file.other());
    }

    public Source source() {
        return source;
    }

    /** The units, sorted by name as Vietnamese sort (then xã, phường, đặc khu for the same name). */
    public List<Area> units() {
        return units;
    }

    /** The choice for anything that is none of the units ("Khác"). */
    public FeedbackCatalog.Option other() {
        return other;
    }
}
