package vn.angiang.editorial.feedback.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perMinute} requests at once, refilled evenly over a minute.
 *
 * <p>In memory: with several nodes behind a load balancer each node limits on its own, so a client may
 * get up to (number of nodes × limit) through; that is accepted here (a shared limit would put a
 * database or cache round trip on every public request). Buckets idle for two minutes are dropped.
 */
public final class RateLimiter {

    private static final long MINUTE = 60_000_000_000L;
    private static final int SWEEP_ABOVE = 10_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public RateLimiter() {
        this(System::nanoTime);
    }

    /** @return 0 if the request may go ahead, otherwise the seconds to wait before the next one */
    public long acquire(String client, int perMinute) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > 2 * MINUTE);
        }
        return buckets.computeIfAbsent(clientKey(client), key -> new Bucket(perMinute, now)).take(perMinute, now);
    }

    /**
     * An IPv4 address counts as itself; an IPv6 address by its /64 network, since one subscriber is
     * usually given a whole /64 and could otherwise take a fresh address for every request.
     */
    static String clientKey(String address) {
        if (address == null) {
            return "?";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address.replaceAll("^\\[|\\]$|%.*$", "")).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
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
