package vn.angiang.editorial.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.core.io.Resource;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.angiang.editorial.platform.process.Coded;

/**
 * The yearly table of holidays, days off and swapped working days (calendar/holidays.yaml), read
 * and checked once. The layout of the file is described in its header. Reading fails with a
 * {@link HolidayTableException} naming the line and entry when: the YAML is malformed (including a
 * key given twice), a year key is not a year, an entry lacks a name or kind, has an unknown kind or
 * field, an unreadable date, both {@code date} and {@code from}/{@code to}, a range that ends before
 * it starts, a date outside its year, a swapped working day that is not a Saturday or Sunday, or a
 * date listed twice (in particular as a day off and as a working day).
 */
public final class HolidayTable {

    /** One listed date; {@code line} is where its entry starts in the file. */
    public record Day(LocalDate date, String name, DayKind kind, int line) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private static final Set<String> FIELDS = Set.of("date", "from", "to", "name", "kind");

    private final Map<LocalDate, Day> days;
    private final SortedSet<Integer> years;
    private final String source;

    private HolidayTable(Map<LocalDate, Day> days, SortedSet<Integer> years, String source) {
        this.days = Map.copyOf(days);
        this.years = Collections.unmodifiableSortedSet(years);
        this.source = source;
    }

    public static HolidayTable read(Resource resource) {
        String source = resource.getDescription();
        if (!resource.exists()) {
            throw new HolidayTableException("Không tìm thấy bảng ngày nghỉ lễ: " + source);
        }
        try (InputStream in = resource.getInputStream()) {
            return read(in, source);
        } catch (IOException e) {
            throw new HolidayTableException("Không đọc được bảng ngày nghỉ lễ " + source + ": " + e.getMessage(), e);
        }
    }

    /** @param source how to name the file in error messages */
    public static HolidayTable read(InputStream in, String source) {
        Builder table = new Builder(source);
        try (JsonParser parser = YAML.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw table.error(line(parser), null,
                        "cần một bảng theo năm, ví dụ \"2025:\" rồi danh sách các ngày bên dưới");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int year = table.year(parser.currentName(), line(parser));
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw table.error(line(parser), null,
                            "năm " + year + " cần một danh sách các mục (mỗi mục bắt đầu bằng \"- \")");
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int entryLine = line(parser);
                    table.entry(year, entryLine, YAML.readTree(parser));
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw table.error(line(parser), null,
                            "mỗi mục của năm " + year + " phải có date (hoặc from/to), name và kind");
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new HolidayTableException(table.where(line, null) + "sai cú pháp YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new HolidayTableException("Không đọc được bảng ngày nghỉ lễ " + source + ": " + e.getMessage(), e);
        }
        if (table.years.isEmpty()) {
            throw new HolidayTableException("Bảng ngày nghỉ lễ " + source + " chưa có năm nào");
        }
        return new HolidayTable(table.days, table.years, source);
    }

    /** The entry that lists this date, if any. */
    public Optional<Day> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** Whether the table has a section for this year (outside them only weekends are known). */
    public boolean covers(int year) {
        return years.contains(year);
    }

    public SortedSet<Integer> years() {
        return years;
    }

    /**
     * The last day the table answers for without a gap, counted from {@code day}: 31 December of the
     * last year of the unbroken run of years that starts with {@code day}'s year. Empty when the table
     * has no section for {@code day}'s year. A year missing in between ends the run: after it only
     * weekends would be known.
     */
    public Optional<LocalDate> coveredUntil(LocalDate day) {
        int year = day.getYear();
        if (!covers(year)) {
            return Optional.empty();
        }
        while (covers(year + 1)) {
            year++;
        }
        return Optional.of(LocalDate.of(year, 12, 31));
    }

    /** Where the table was read from, as given to {@link #read} (a file or classpath resource). */
    public String source() {
        return source;
    }

    public int size() {
        return days.size();
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** Collects and checks the entries; knows the file's name for messages. */
    private static final class Builder {

        private final String source;
        private final Map<LocalDate, Day> days = new HashMap<>();
        private final SortedSet<Integer> years = new TreeSet<>();

        Builder(String source) {
            this.source = source;
        }

        int year(String key, int line) {
            try {
                int year = Integer.parseInt(key);
                if (year >= 2000 && year <= 2200) {
                    years.add(year);
                    return year;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(line, null, "\"" + key + "\" không phải là một năm (ví dụ: 2025)");
        }

        void entry(int year, int line, JsonNode node) {
            String name = node.path("name").asText("").strip();
            String label = name.isEmpty() ? null : name;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!FIELDS.contains(field)) {
                    throw error(line, label, "trường \"" + field + "\" không hợp lệ; dùng date (hoặc from và to), name, kind");
                }
            }
            if (name.isEmpty()) {
                throw error(line, null, "thiếu tên ngày nghỉ (name)");
            }
            String code = node.path("kind").asText("").strip();
            DayKind kind = Coded.byCode(DayKind.class, code).orElseThrow(() -> error(line, label, code.isEmpty()
                    ? "thiếu loại (kind); dùng một trong: " + DayKind.allCodes()
                    : "loại \"" + code + "\" không hợp lệ; dùng một trong: " + DayKind.allCodes()));

            LocalDate from;
            LocalDate to;
            if (node.has("date")) {
                if (node.has("from") || node.has("to")) {
                    throw error(line, label, "chỉ dùng date cho một ngày hoặc from/to cho một khoảng ngày, không dùng cả hai");
                }
                from = to = date(node, "date", line, label);
            } else if (node.has("from") && node.has("to")) {
                from = date(node, "from", line, label);
                to = date(node, "to", line, label);
                if (to.isBefore(from)) {
                    throw error(line, label, "ngày kết thúc " + to + " trước ngày bắt đầu " + from);
                }
            } else {
                throw error(line, label, "thiếu ngày: dùng date cho một ngày hoặc from và to cho một khoảng ngày");
            }

            for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                if (date.getYear() != year) {
                    throw error(line, label, "ngày " + date + " không thuộc năm " + year);
                }
                if (kind == DayKind.SWAPPED_WORKING_DAY && !isWeekend(date)) {
                    throw error(line, label, "ngày làm bù " + date + " phải là thứ Bảy hoặc Chủ nhật");
                }
                Day earlier = days.get(date);
                if (earlier != null) {
                    String problem = earlier.kind().isDayOff() != kind.isDayOff()
                            ? "ngày " + date + " vừa là ngày nghỉ vừa là ngày làm việc"
                            : "ngày " + date + " được ghi hai lần";
                    throw error(line, label, problem + " (đã có ở dòng " + earlier.line() + ", \"" + earlier.name() + "\")");
                }
                days.put(date, new Day(date, name, kind, line));
            }
        }

        private LocalDate date(JsonNode node, String field, int line, String label) {
            String text = node.get(field).asText().strip();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(line, label, field + ": \"" + text + "\" không phải là ngày hợp lệ (dạng năm-tháng-ngày, ví dụ 2025-04-30)");
            }
        }

        HolidayTableException error(int line, String entryName, String problem) {
            return new HolidayTableException(where(line, entryName) + problem);
        }

        String where(int line, String entryName) {
            return "Bảng ngày nghỉ lễ " + source
                    + (line > 0 ? ", dòng " + line : "")
                    + (entryName != null ? " (\"" + entryName + "\")" : "")
                    + ": ";
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
