package vn.angiang.editorial.platform.deadline;

/**
 * A time limit as a rule states it: so many working or calendar days, and where the rule comes from
 * (the article or decree, or "quy định nội bộ" for a rule of the board's own).
 */
public record Deadline(int days, DayCount count, String source) {

    public Deadline {
        if (days < 0) {
            throw new IllegalArgumentException("Thời hạn không thể âm: " + days);
        }
    }

    public static Deadline workingDays(int days, String source) {
        return new Deadline(days, DayCount.WORKING, source);
    }

    public static Deadline calendarDays(int days, String source) {
        return new Deadline(days, DayCount.CALENDAR, source);
    }
}
