package vn.angiang.editorial.platform.calendar;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.operations.AdminAlerts;
import vn.angiang.editorial.platform.operations.DailyCheck;

/**
 * Mails the administrators (members of {@code camunda-admin}) when the holiday table covers fewer months
 * ahead than it must ({@link HolidayCoverage}): once for each end of the table (key
 * {@code holiday-coverage:<last covered year>}), not at every start or every day; a table extended and
 * later running short again is mailed again. Template {@value #TEMPLATE}.
 */
@Component
public record HolidayCoverageCheck(HolidayCoverage coverage, AdminAlerts alerts) implements DailyCheck {

    public static final String TEMPLATE = "holiday-table-ending";
    static final String KEY = "holiday-coverage:";

    @Override
    public String name() {
        return "holiday table coverage";
    }

    @Override
    public void check() {
        HolidayCoverage.Report report = coverage.report();
        String key = KEY + report.lastCoveredYear();
        if (report.sufficient()) {
            alerts.resolve(KEY, List.of());
            return;
        }
        alerts.resolve(KEY, List.of(key));
        alerts.raise(List.of(key), TEMPLATE, Map.of(
                        "lastCoveredYear", Integer.toString(report.lastCoveredYear()),
                        "nextYear", Integer.toString(report.lastCoveredYear() + 1),
                        "months", Integer.toString(report.months()),
                        "requiredUntil", report.requiredUntil(),
                        "holidayFile", report.source()),
                List.of(Groups.CAMUNDA_ADMIN), "alert:" + key);
    }
}
