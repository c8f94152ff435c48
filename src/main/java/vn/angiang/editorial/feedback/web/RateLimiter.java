package vn.angiang.editorial.feedback.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket per client address (Bucket4j): {@code perMinute} requests at once, refilled evenly over
 * a minute.
 *
 * <p>In memory: with several nodes behind a load balancer each node limits on its own, so a client may
 * get up to (number of nodes × limit) through; that is accepted here (a shared limit would put a
 * database or cache round trip on every public request). Buckets idle for two minutes are dropped.
 */
public final class RateLimiter {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();
    private static final int SWEEP_ABOVE = 10_000;

    private final ConcurrentHashMap<String, Client> clients = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final TimeMeter meter;

    public RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
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
        if (clients.size() > SWEEP_ABOVE) {
            clients.values().removeIf(c -> now - c.lastSeen > 2 * MINUTE);
        }
        Client c = clients.computeIfAbsent(clientKey(client), key -> new Client(bucket(perMinute)));
        c.lastSeen = now;
        ConsumptionProbe probe = c.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    private Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(meter)
                .build();
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

    private static final class Client {
        final Bucket bucket;
        volatile long lastSeen;

        Client(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
