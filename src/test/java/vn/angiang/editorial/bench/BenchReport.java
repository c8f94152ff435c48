package vn.angiang.editorial.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The figures of one run: a table for people and {@code results.json} for machines. */
final class BenchReport {

    private record Row(String part, String measure, String value, String target, String verdict) {}

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<String, Object> context = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A number in results.json (rounded to 3 decimals). */
    void figure(String key, double value) {
        figures.put(key, Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null);
    }

    double figureValue(String key) {
        Object value = figures.get(key);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Facts about the run (machine, sizes, settings) written under "run" in results.json. */
    void context(String key, Object value) {
        context.put(key, value);
    }

    void row(String part, String measure, double value, String unit) {
        rows.add(new Row(part, measure, format(value) + unit, "", ""));
    }

    /** A row with a target: {@code atLeast} true means value ≥ target is met, else value ≤ target. */
    void row(String part, String measure, double value, String unit, double target, boolean atLeast) {
        boolean met = Double.isFinite(value) && (atLeast ? value >= target : value <= target);
        rows.add(new Row(part, measure, format(value) + unit, (atLeast ? "≥ " : "≤ ") + format(target) + unit,
                met ? "met" : "MISSED"));
    }

    void note(String text) {
        notes.add(text);
    }

    String table() {
        String[] head = {"part", "measure", "value", "target", ""};
        int[] width = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
        }
        for (Row row : rows) {
            String[] cells = cells(row);
            for (int i = 0; i < cells.length; i++) {
                width[i] = Math.max(width[i], cells[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, head, width);
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append("|").append("-".repeat(w + 2));
        }
        out.append(rule).append("|\n");
        for (Row row : rows) {
            line(out, cells(row), width);
        }
        for (String note : notes) {
            out.append("\n* ").append(note);
        }
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Map<String, Object> json = new LinkedHashMap<>(figures);
        json.put("run", context);
        json.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    private static String[] cells(Row row) {
        return new String[] {row.part(), row.measure(), row.value(), row.target(), row.verdict()};
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        for (int i = 0; i < cells.length; i++) {
            out.append("| ").append(cells[i]).append(" ".repeat(width[i] - cells[i].length() + 1));
        }
        out.append("|\n");
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
