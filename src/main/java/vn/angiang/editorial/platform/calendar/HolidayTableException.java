package vn.angiang.editorial.platform.calendar;

/** The holiday file cannot be used; the message (Vietnamese) names the file, line and entry. */
public class HolidayTableException extends IllegalStateException {

    public HolidayTableException(String message) {
        super(message);
    }

    public HolidayTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
