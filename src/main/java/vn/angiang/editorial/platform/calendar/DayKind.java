package vn.angiang.editorial.platform.calendar;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.angiang.editorial.platform.process.Coded;

/** What an entry of the holiday table says about its dates; {@link #code} is the word used in the file. */
public enum DayKind implements Coded {

    /** Ngày nghỉ lễ, Tết (Labour Code 2019, Art. 112). */
    HOLIDAY(true),
    /** Ngày nghỉ bù (Art. 111(3)) or a weekday off by a Government swap (nghỉ hoán đổi). */
    COMPENSATORY_DAY_OFF(true),
    /** A Saturday or Sunday worked in exchange for a swapped day off (ngày làm bù). */
    SWAPPED_WORKING_DAY(false);

    private final boolean dayOff;

    DayKind(boolean dayOff) {
        this.dayOff = dayOff;
    }

    public boolean isDayOff() {
        return dayOff;
    }

    static Optional<DayKind> fromCode(String code) {
        return Coded.byCode(DayKind.class, code);
    }

    static String allCodes() {
        return Arrays.stream(values()).map(DayKind::code).collect(Collectors.joining(", "));
    }
}
