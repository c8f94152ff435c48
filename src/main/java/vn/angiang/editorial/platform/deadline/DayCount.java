package vn.angiang.editorial.platform.deadline;

import vn.angiang.editorial.platform.process.Coded;

/** How the days of a deadline are counted: on the working-day calendar, or every day as the law says. */
public enum DayCount implements Coded {
    WORKING,
    CALENDAR
}
