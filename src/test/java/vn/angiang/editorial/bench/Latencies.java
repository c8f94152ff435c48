package vn.angiang.editorial.bench;

import java.util.Arrays;

/** Response times of one measurement, in nanoseconds; thread-safe. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    synchronized void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile (nearest rank) in milliseconds. */
    synchronized double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
    }

    synchronized double maxMs() {
        long max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, nanos[i]);
        }
        return max / 1_000_000.0;
    }
}
