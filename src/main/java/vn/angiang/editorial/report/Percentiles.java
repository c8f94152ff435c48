package vn.angiang.editorial.report;

import java.util.List;

/** The median and the nearest-rank percentile of a list of durations; null for an empty list. */
final class Percentiles {

    private Percentiles() {
    }

    /** The middle value; for an even count, the mean of the two middle ones. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The smallest value with at least {@code percent} % of the values at or below it (nearest rank). */
    static Double nearestRank(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
