package vn.angiang.editorial.platform.calendar;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.operations.DataHealth;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * {@code holidayTable} on the health page: UP while the holiday table covers the months ahead it must
 * ({@link HolidayCoverage}), {@link DataHealth#WARN} once it does not.
 */
@Component
public class HolidayTableHealthIndicator implements HealthIndicator {

    private final HolidayCoverage coverage;

    public HolidayTableHealthIndicator(HolidayCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public Health health() {
        HolidayCoverage.Report report = coverage.report();
        Health.Builder health = report.sufficient() ? Health.up()
                : DataHealth.warn("Bảng ngày nghỉ lễ chỉ có đến hết năm " + report.lastCoveredYear()
                        + ", chưa đủ " + report.months() + " tháng tới: cần bổ sung năm " + (report.lastCoveredYear() + 1));
        return health
                .withDetail("coveredUntil", report.coveredUntil().map(BoardTime.DATE::format).orElse("(không có năm " + report.today().getYear() + ")"))
                .withDetail("requiredUntil", BoardTime.DATE.format(report.requiredUntil()))
                .withDetail("source", report.source())
                .build();
    }
}
