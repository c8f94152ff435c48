package vn.angiang.editorial.bench;

import java.util.Set;

/**
 * Sizes of one benchmark run. {@code -Dbench.scale=0.1} runs everything at a tenth of the size
 * (for developing the benchmark); the figures in the README come from {@code bench.scale=1}.
 */
record BenchSettings(double scale, int threads, int referenceInstances, int contentInstances,
                     int inboxSmall, int inboxLarge, int inboxSamples, int inboxMaxSeconds, int intakeSeconds, int intakeThreads, int intakeCatchUpSeconds,
                     int autoanalyzeWaitSeconds, Set<String> parts, int holdSeconds, int reportContent, int reportFeedback) {

    /** Whether this run includes a part (-Dbench.parts=reference,content,inbox,intake,report; all by default). */
    boolean runs(String part) {
        return parts.contains(part);
    }

    static BenchSettings fromSystemProperties() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        if (!(scale > 0)) {
            throw new IllegalArgumentException("bench.scale phải là số dương, nhận được " + scale);
        }
        return new BenchSettings(
                scale,
                Integer.getInteger("bench.threads", 4),
                scaled(scale, 2000, 50),
                scaled(scale, 500, 20),
                scaled(scale, 10_000, 200),
                scaled(scale, 100_000, 2_000),
                Integer.getInteger("bench.inbox.samples", 200),
                Integer.getInteger("bench.inbox.maxSeconds", 120),
                Integer.getInteger("bench.intake.seconds", scale >= 1 ? 30 : Math.max(5, (int) Math.round(30 * scale))),
                Integer.getInteger("bench.intake.threads", 8),
                Integer.getInteger("bench.intake.catchUpSeconds", 600),
                Integer.getInteger("bench.autoanalyze.wait", 300),
                Set.of(System.getProperty("bench.parts", "reference,content,inbox,intake,report").split(",")),
                // keeps the application and its database up after the run, for EXPLAIN and profiling
                Integer.getInteger("bench.hold", 0),
                // issue 16: a month of 20,000 content items and 20,000 feedback records
                scaled(scale, 20_000, 200),
                scaled(scale, 20_000, 200));
    }

    private static int scaled(double scale, int full, int minimum) {
        return Math.max(minimum, (int) Math.round(full * scale));
    }
}
