package vn.angiang.editorial.royalty.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.angiang.editorial.platform.process.BoardTime;

/** The application's clock, set by a test to the day it needs. */
@TestConfiguration(proxyBeanMethods = false)
public class RoyaltyClockConfiguration {

    @Bean
    @Primary
    SettableClock clock() {
        return new SettableClock();
    }

    /** The application's clock, set by a test to the day it needs (the board's zone). */
    public static class SettableClock extends Clock {

        private volatile Instant now = Instant.now();

        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return BoardTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
