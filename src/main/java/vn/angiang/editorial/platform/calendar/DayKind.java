package vn.angiang.editorial.platform.calendar;

import java.util.Arrays;
import java.util.stream.Collectors;

import vn.angiang.editorial.platform.process.Coded;

/** What an entry of the holiday table says about its dates; {@link #code} is the word used in the file. */
public enum DayKind implements Coded {

    /** Ngày nghỉ lễ, Tết (Labour Code 2019, Art. 112). */
    HOLIDAY,
    /** Ngày nghỉ bù (Art. 111(3)) or a weekday off by a Government swap (nghỉ hoán đổi). */
    COMPENSATORY_DAY_OFF,
    /** A Saturday or Sunday worked in exchange for a swapped day off (ngày làm bù). */
    SWAPPED_WORKING_DAY;

    public boolean isDayOff() {
        return this != SWAPPED_WORKING_DAY;
    }

    static String allCodes() {
        return Arrays.stream(values()).map(DayKind::code).collect(Collectors.joining(", "));
    }
}
