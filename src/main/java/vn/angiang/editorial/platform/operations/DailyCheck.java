package vn.angiang.editorial.platform.operations;

/** A check of the application's data that {@link DailyChecks} runs at start and once a day. */
public interface DailyCheck {

    /** What is checked, for the log. */
    String name();

    /** Looks at the data and alerts administrators ({@link AdminAlerts}) where needed. */
    void check();
}
