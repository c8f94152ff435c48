package vn.angiang.editorial.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * Throughput and inbox latency of the application on a real PostgreSQL, against the bare engine in
 * the same run. Run with {@code mvn -Pbench verify} (README, "Performance"); prints a table and writes
 * {@code target/bench/results.json}. {@code -Dbench.scale=0.1} runs a tenth of the sizes.
 *
 * <p>This is a measurement, not a test: it fails only when the work itself fails (an error, an
 * inbox showing the wrong tasks, a lost submission), never because a figure misses its target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.camunda.bpm.engine.context=off",
})
class WorkflowBenchmark {

    static {
        HeapSampler.start();
    }

    private static final String DEMO_PASSWORD = "demo";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "bench");
    }

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final BenchReport report = new BenchReport();

    @Test
    void run() throws Exception {
        describeRun();
        if (settings.runs("reference")) {
            reference();
        }
        if (settings.runs("inbox")) {
            inbox();
        }
        double peak = HeapSampler.peakMegabytes();
        report.figure("peak_heap_mb", peak);
        report.row("5 heap", "peak heap in use (max " + BenchReport.format(HeapSampler.maxMegabytes()) + " MB)", peak, " MB");

        report.write(Path.of("target", "bench", "results.json"));
        System.out.println("\n=== Benchmark (scale " + settings.scale() + ") ===\n" + report.table()
                + "\n\nWritten to target/bench/results.json\n");
        if (settings.holdSeconds() > 0) {
            System.out.println("Holding the application for " + settings.holdSeconds() + " s: "
                    + jdbc.queryForObject("select current_setting('port')", String.class) + " (PostgreSQL port), "
                    + port + " (HTTP port)");
            Thread.sleep(settings.holdSeconds() * 1000L);
        }
    }

    private void describeRun() {
        report.context("date", ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        report.context("scale", settings.scale());
        report.context("cores", Runtime.getRuntime().availableProcessors());
        report.context("java", System.getProperty("java.version"));
        report.context("postgresql", jdbc.queryForObject("show server_version", String.class));
        report.context("client_threads", settings.threads());
        report.context("history_level", engine.getProcessEngineConfiguration().getHistory());
    }

    private void reference() {
        ReferenceBench bench = new ReferenceBench(engine, settings.threads());
        bench.deploy();
        bench.run(Math.max(50, settings.referenceInstances() / 10));
        ReferenceBench.Result result = bench.run(settings.referenceInstances());
        report.context("reference_instances", result.instances());
        report.figure("reference_instances_per_s", result.instancesPerSecond());
        report.figure("reference_tasks_per_s", result.tasksPerSecond());
        report.figure("reference_end_to_end_tasks_per_s", result.endToEndTasksPerSecond());
        report.row("1 reference", "instances started /s", result.instancesPerSecond(), "");
        report.row("1 reference", "tasks completed /s", result.tasksPerSecond(), "");
        report.row("1 reference", "user tasks /s end to end (start + complete)", result.endToEndTasksPerSecond(), "");
    }

    private void inbox() throws Exception {
        InboxBench bench = new InboxBench(engine, transactions, jdbc, "http://localhost:" + port, DEMO_PASSWORD,
                settings.threads());
        bench.deploy();

        double seconds = bench.fillTo(settings.inboxSmall());
        report.context("inbox_small_tasks", settings.inboxSmall());
        report.context("inbox_small_fill_s", round(seconds));
        inboxFigures(bench, "10k", settings.inboxSmall() + " open");

        Instant bulkStart = Instant.now();
        seconds = bench.fillTo(settings.inboxLarge());
        Instant bulkEnd = Instant.now();
        report.context("inbox_large_tasks", settings.inboxLarge());
        report.context("inbox_large_fill_s", round(seconds));
        report.context("inbox_large_fill_per_s", round(bench.created() > 0 ? (settings.inboxLarge() - settings.inboxSmall()) / seconds : 0));
        inboxFigures(bench, "100k_fresh", settings.inboxLarge() + " open, right after bulk");

        Instant waitStart = Instant.now();
        Instant analyzed = bench.lastAnalyzeOfTaskTable();
        while ((analyzed == null || analyzed.isBefore(bulkEnd))
                && Duration.between(waitStart, Instant.now()).getSeconds() < settings.autoanalyzeWaitSeconds()) {
            Thread.sleep(2000);
            analyzed = bench.lastAnalyzeOfTaskTable();
        }
        boolean fresh = analyzed != null && analyzed.isAfter(bulkStart);
        report.context("inbox_later_waited_s", Duration.between(waitStart, Instant.now()).getSeconds());
        report.context("inbox_later_statistics_refreshed", fresh);
        report.note("\"later\": measured " + Duration.between(bulkEnd, Instant.now()).getSeconds()
                + " s after the bulk creation; act_ru_task " + (fresh ? "analyzed again at " + analyzed
                        : "NOT analyzed again within " + settings.autoanalyzeWaitSeconds() + " s"));
        inboxFigures(bench, "100k_later", settings.inboxLarge() + " open, later");
    }

    /**
     * Each viewer's inbox loads; the figure in results.json is the worse viewer's (p50 and p95 of the
     * time for the list request plus the count request).
     */
    private void inboxFigures(InboxBench bench, String key, String label) throws Exception {
        double worstP50 = 0;
        double worstP95 = 0;
        for (InboxBench.Viewer viewer : InboxBench.VIEWERS) {
            InboxBench.Measurement m = bench.measure(viewer, settings.inboxSamples(), settings.inboxMaxSeconds());
            String who = label + ", " + viewer.user() + " (" + m.expectedCount() + " in inbox)";
            double p50 = m.inbox().percentileMs(50);
            double p95 = m.inbox().percentileMs(95);
            worstP50 = Math.max(worstP50, p50);
            worstP95 = Math.max(worstP95, p95);
            String user = viewer.user().replace('.', '_');
            report.figure("inbox_p95_ms_" + key + "_" + user, p95);
            report.figure("inbox_list_p95_ms_" + key + "_" + user, m.list().percentileMs(95));
            report.figure("inbox_count_p95_ms_" + key + "_" + user, m.count().percentileMs(95));
            report.context("inbox_samples_" + key + "_" + user, m.inbox().count());
            report.context("inbox_size_" + key + "_" + user, m.expectedCount());
            report.row("3 inbox", who + ": p50", p50, " ms");
            if (key.startsWith("100k")) {
                report.row("3 inbox", who + ": p95", p95, " ms", 50, false);
            } else {
                report.row("3 inbox", who + ": p95", p95, " ms");
            }
            report.row("3 inbox", who + ": list p95 / count p95", m.list().percentileMs(95), " ms / "
                    + BenchReport.format(m.count().percentileMs(95)) + " ms");
        }
        report.figure("inbox_p50_ms_" + key, worstP50);
        report.figure("inbox_p95_ms_" + key, worstP95);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
