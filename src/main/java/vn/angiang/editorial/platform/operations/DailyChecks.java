package vn.angiang.editorial.platform.operations;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DailyCheck} once the application has started (after the org chart is seeded) and
 * then every day at {@code editorial.operations.check-cron} (default 07:00, Vietnam time). A check that
 * fails is logged and does not stop the start or the others. Each check mails a problem only once
 * ({@link AdminAlerts}), however often it runs. {@code editorial.operations.checks-enabled=false}
 * turns the runs off (the health page still reports).
 */
@Component
@Order(100)
public class DailyChecks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DailyChecks.class);

    private final List<DailyCheck> checks;
    private final boolean enabled;

    public DailyChecks(List<DailyCheck> checks, @Value("${editorial.operations.checks-enabled:true}") boolean enabled) {
        this.checks = List.copyOf(checks);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        runAll();
    }

    @Scheduled(cron = "${editorial.operations.check-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void daily() {
        runAll();
    }

    void runAll() {
        if (!enabled) {
            return;
        }
        for (DailyCheck check : checks) {
            try {
                check.check();
            } catch (RuntimeException e) {
                log.error("Data check \"{}\" failed; it runs again at the next daily run", check.name(), e);
            }
        }
    }
}
