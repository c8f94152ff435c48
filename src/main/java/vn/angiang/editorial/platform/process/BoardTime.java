package vn.angiang.editorial.platform.process;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** The board's time zone and the way officials write dates and times (24-hour, day first). */
public final class BoardTime {

    public static final String ZONE_NAME = "Asia/Ho_Chi_Minh";
    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    /** as a deadline is said: "17:00 ngày 05/12/2026" */
    public static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZONE);

    private BoardTime() {
    }

    /** {@code dd/MM/yyyy HH:mm} in the board's zone, or "(chưa có)" when there is no time yet. */
    public static String format(TemporalAccessor time) {
        return time == null ? "(chưa có)" : DATE_TIME.format(time);
    }

    /** The same instant as the board's clock shows it. */
    public static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
