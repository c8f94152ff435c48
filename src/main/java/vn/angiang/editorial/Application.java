package vn.angiang.editorial;

import vn.angiang.editorial.platform.process.BoardTime;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    /** Officials, deadlines and timers all live in Vietnam's time zone, whatever the host says. */
    public static final String ZONE = BoardTime.ZONE_NAME;

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
        SpringApplication.run(Application.class, args);
    }
}
