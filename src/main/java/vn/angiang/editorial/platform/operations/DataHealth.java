package vn.angiang.editorial.platform.operations;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * Health of data an administrator keeps: {@link #WARN} when it needs attention while the node still
 * serves. In {@code application.yaml} WARN ranks below UP for the overall status (a load balancer keeps
 * the node) and above UP in the health group {@code data} ({@code /actuator/health/data}), which a
 * monitor may watch; both answer HTTP 200.
 */
public final class DataHealth {

    /** Data an administrator must complete; the application works meanwhile. */
    public static final Status WARN = new Status("WARN");

    private DataHealth() {
    }

    /**
     * A WARN health. The description is shown to anyone who opens the health page, so it names no
     * person or group; the details are shown only where the health endpoint shows details.
     */
    public static Health.Builder warn(String description) {
        return Health.status(new Status(WARN.getCode(), description));
    }
}
