package vn.angiang.editorial.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What an administrator gets back for a mistake in the holiday file: the line, the entry and the fault. */
class HolidayTableTest {

    private static HolidayTable read(String yaml) {
        return HolidayTable.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "holidays.yaml");
    }

    @Test
    void readsSingleDaysRangesAndKinds() {
        HolidayTable table = read("""
                2025:
                  - date: 2025-04-26
                    name: Làm bù
                    kind: swapped-working-day
                  - from: 2025-04-30
                    to: 2025-05-02
                    name: Nghỉ lễ
                    kind: holiday
                """);
        assertThat(table.years()).containsExactly(2025);
        assertThat(table.size()).isEqualTo(4);
        assertThat(table.day(LocalDate.of(2025, 5, 2))).get()
                .extracting(HolidayTable.Day::kind, HolidayTable.Day::line)
                .containsExactly(DayKind.HOLIDAY, 5);
        assertThat(table.day(LocalDate.of(2025, 4, 26)).orElseThrow().kind()).isEqualTo(DayKind.SWAPPED_WORKING_DAY);
        assertThat(table.covers(2026)).isFalse();
    }

    @Test
    void unknownKindNamesTheLineTheEntryAndTheAllowedKinds() {
        assertThatThrownBy(() -> read("""
                2025:
                  - date: 2025-01-01
                    name: Tết Dương lịch
                    kind: holiday
                  - date: 2025-04-30
                    name: Ngày Chiến thắng
                    kind: holyday
                """))
                .isInstanceOf(HolidayTableException.class)
                .hasMessageContaining("dòng 5")
                .hasMessageContaining("Ngày Chiến thắng")
                .hasMessageContaining("\"holyday\"")
                .hasMessageContaining("holiday, compensatory-day-off, swapped-working-day");
    }

    @Test
    void aDateThatIsBothADayOffAndAWorkingDayNamesBothEntries() {
        assertThatThrownBy(() -> read("""
                2025:
                  - from: 2025-01-25
                    to: 2025-02-02
                    name: Nghỉ Tết
                    kind: compensatory-day-off
                  - date: 2025-02-01
                    name: Làm bù
                    kind: swapped-working-day
                """))
                .isInstanceOf(HolidayTableException.class)
                .hasMessageContaining("dòng 6")
                .hasMessageContaining("2025-02-01 vừa là ngày nghỉ vừa là ngày làm việc")
                .hasMessageContaining("dòng 2, \"Nghỉ Tết\"");
    }

    @Test
    void anUnparseableDateNamesTheLineAndTheText() {
        assertThatThrownBy(() -> read("""
                2025:
                  - date: 2025-01-01
                    name: Tết Dương lịch
                    kind: holiday
                  - date: 2025-02-30
                    name: Ngày sai
                    kind: holiday
                """))
                .isInstanceOf(HolidayTableException.class)
                .hasMessageContaining("dòng 5")
                .hasMessageContaining("\"2025-02-30\" không phải là ngày hợp lệ");
        assertThatThrownBy(() -> read("""
                2025:
                  - date: 30/4/2025
                    name: Ngày Chiến thắng
                    kind: holiday
                """))
                .hasMessageContaining("dòng 2")
                .hasMessageContaining("\"30/4/2025\"");
    }

    @Test
    void otherMistakesAreCaughtToo() {
        assertThatThrownBy(() -> read("""
                2025:
                  - date: 2025-04-28
                    name: Làm bù thứ Hai?
                    kind: swapped-working-day
                """)).hasMessageContaining("dòng 2").hasMessageContaining("phải là thứ Bảy hoặc Chủ nhật");
        assertThatThrownBy(() -> read("""
                2026:
                  - date: 2025-09-02
                    name: Quốc khánh
                    kind: holiday
                """)).hasMessageContaining("không thuộc năm 2026");
        assertThatThrownBy(() -> read("""
                2025:
                  - date: 2025-09-02
                    kind: holiday
                """)).hasMessageContaining("dòng 2").hasMessageContaining("thiếu tên");
        assertThatThrownBy(() -> read("""
                2025:
                  - date: 2025-09-02
                    to: 2025-09-03
                    name: Quốc khánh
                    kind: holiday
                """)).hasMessageContaining("không dùng cả hai");
        assertThatThrownBy(() -> read("""
                2025:
                  - from: 2025-09-03
                    to: 2025-09-01
                    name: Quốc khánh
                    kind: holiday
                """)).hasMessageContaining("trước ngày bắt đầu");
        assertThatThrownBy(() -> read("""
                2025:
                  - date: 2025-09-02
                    name: Quốc khánh
                    kind: holiday
                    note: xem thông báo
                """)).hasMessageContaining("trường \"note\" không hợp lệ");
        assertThatThrownBy(() -> read("""
                2025:
                  - date: 2025-09-02
                    name: Quốc khánh
                    kind: holiday
                2025:
                  - date: 2025-09-01
                    name: Quốc khánh
                    kind: holiday
                """)).hasMessageContaining("dòng 5").hasMessageContaining("sai cú pháp YAML");
        assertThatThrownBy(() -> read("năm 2025: []")).hasMessageContaining("không phải là một năm");
        assertThatThrownBy(() -> read("")).isInstanceOf(HolidayTableException.class);
    }
}
