package vn.angiang.editorial.meeting.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import vn.angiang.editorial.platform.process.BoardTime;

/** The application's clock in a test: set to a day, moved on to after the meeting. */
public class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(ZonedDateTime start) {
        this.now = start.toInstant();
    }

    public void set(ZonedDateTime time) {
        now = time.toInstant();
    }

    @Override
    public ZoneId getZone() {
        return BoardTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
