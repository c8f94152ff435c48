package vn.angiang.editorial.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap in use, sampled every 10 ms from {@link MemoryMXBean} on a daemon thread (no JFR, no
 * agent). The application runs in this JVM, so this is the application's heap plus the benchmark's
 * own small client state.
 */
final class HeapSampler {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final AtomicLong PEAK_USED = new AtomicLong();
    private static volatile boolean started;

    private HeapSampler() {}

    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread sampler = new Thread(() -> {
            while (true) {
                sample();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void sample() {
        long used = MEMORY.getHeapMemoryUsage().getUsed();
        PEAK_USED.accumulateAndGet(used, Math::max);
    }

    static double peakMegabytes() {
        sample();
        return PEAK_USED.get() / (1024.0 * 1024.0);
    }

    static double maxMegabytes() {
        return MEMORY.getHeapMemoryUsage().getMax() / (1024.0 * 1024.0);
    }
}
