package vn.angiang.editorial.platform.calendar;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an entry of the holiday table says about its dates; {@link #code} is the word used in the file. */
public enum DayKind {

    /** Ngày nghỉ lễ, Tết (Labour Code 2019, Art. 112). */
    HOLIDAY("holiday", true),
    /** Ngày nghỉ bù (Art. 111(3)) or a weekday off by a Government swap (nghỉ hoán đổi). */
    COMPENSATORY_DAY_OFF("compensatory-day-off", true),
    /** A Saturday or Sunday worked in exchange for a swapped day off (ngày làm bù). */
    SWAPPED_WORKING_DAY("swapped-working-day", false);

    private final String code;
    private final boolean dayOff;

    DayKind(String code, boolean dayOff) {
        this.code = code;
        this.dayOff = dayOff;
    }

    public String code() {
        return code;
    }

    public boolean isDayOff() {
        return dayOff;
    }

    static Optional<DayKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    static String allCodes() {
        return Arrays.stream(values()).map(DayKind::code).collect(Collectors.joining(", "));
    }
}
