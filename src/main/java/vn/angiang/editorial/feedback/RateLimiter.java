package vn.angiang.editorial.feedback;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perMinute} requests at once, refilled evenly over a minute.
 *
 * <p>In memory: with several nodes behind a load balancer each node limits on its own, so a client may
 * get up to (number of nodes × limit) through; that is accepted here (a shared limit would put a
 * database or cache round trip on every public request). Buckets idle for two minutes are dropped.
 */
final class RateLimiter {

    private static final long MINUTE = 60_000_000_000L;
    private static final int SWEEP_ABOVE = 10_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    RateLimiter() {
        this(System::nanoTime);
    }

    /** @return 0 if the request may go ahead, otherwise the seconds to wait before the next one */
    long acquire(String client, int perMinute) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > 2 * MINUTE);
        }
        return buckets.computeIfAbsent(client == null ? "?" : client, key -> new Bucket(perMinute, now)).take(perMinute, now);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - last) * (double) perMinute / MINUTE);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double missing = 1 - tokens;
            return Math.max(1, (long) Math.ceil(missing * 60 / perMinute));
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
