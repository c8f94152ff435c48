package vn.angiang.editorial.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.angiang.editorial.report.ReportDocuments;
import vn.angiang.editorial.report.ReportService;
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
        // the benchmark's single client address must not be throttled like one citizen
        "editorial.feedback.intake.rate-limit-per-minute=100000000",
        // mails go out as in production, to a real SMTP server on loopback
        "editorial.mail.mode=smtp",
        "spring.mail.host=127.0.0.1",
})
class WorkflowBenchmark {

    static {
        HeapSampler.start();
    }

    private static final String DEMO_PASSWORD = "demo";
    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "bench");
        // up before the application, which starts sending as soon as it runs
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;
    @Autowired ReportService reportService;
    @Autowired ReportDocuments reportDocuments;

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final BenchReport report = new BenchReport();

    @Test
    void run() throws Exception {
        describeRun();
        try {
            Users users = new Users(identity);
            ReferenceBench.Result reference = null;
            if (settings.runs("reference") || settings.runs("content")) {
                reference = reference(users);
            }
            if (settings.runs("content")) {
                content(users, reference);
                smtp.purgeEmailFromAllMailboxes();
            }
            if (settings.runs("inbox")) {
                inbox();
            }
            if (settings.runs("intake")) {
                intake();
                smtp.purgeEmailFromAllMailboxes();
            }
            if (settings.runs("report")) {
                report();
            }
        } finally {
            // what was measured is printed even when a part fails
            double peak = HeapSampler.peakMegabytes();
            report.figure("peak_heap_mb", peak);
            report.row("5 heap", "peak heap in use (max " + BenchReport.format(HeapSampler.maxMegabytes()) + " MB)",
                    peak, " MB");
            report.write(Path.of("target", "bench", "results.json"));
            System.out.println("\n=== Benchmark (scale " + settings.scale() + ") ===\n" + report.table()
                    + "\n\nWritten to target/bench/results.json\n");
        }
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

    private ReferenceBench.Result reference(Users users) {
        ReferenceBench bench = new ReferenceBench(engine, users, settings.threads());
        bench.deploy();
        bench.run(Math.max(50, settings.referenceInstances() / 5));
        ReferenceBench.Result result = bench.run(settings.referenceInstances());
        report.context("reference_instances", result.instances());
        report.figure("reference_instances_per_s", result.instancesPerSecond());
        report.figure("reference_tasks_per_s", result.tasksPerSecond());
        report.figure("reference_ms_per_user_task", result.secondsPerUserTask() * 1000);
        report.row("1 reference", "instances started /s", result.instancesPerSecond(), "");
        report.row("1 reference", "tasks claimed and completed /s", result.tasksPerSecond(), "");
        report.row("1 reference", "ms per user task (start + claim + complete)", result.secondsPerUserTask() * 1000, " ms");
        return result;
    }

    private void content(Users users, ReferenceBench.Result reference) {
        ContentBench bench = new ContentBench(engine, users, settings.threads());
        if (!bench.deployed()) {
            report.figure("content_approval_instances_per_s", Double.NaN);
            report.figure("content_approval_ratio_per_task", Double.NaN);
            report.note("content approval: the process content-approval is not deployed in this build, not measured");
            return;
        }
        bench.run(Math.max(10, settings.contentInstances() / 5));
        ContentBench.Result result = bench.run(settings.contentInstances());
        // time per user task in the bare engine over time per user task in content approval
        double ratio = reference.secondsPerUserTask() / result.secondsPerUserTask();
        double literal = result.instancesPerSecond() * ContentBench.USER_TASKS / reference.tasksPerSecond();
        report.context("content_instances", result.instances());
        report.figure("content_approval_instances_per_s", result.instancesPerSecond());
        report.figure("content_approval_tasks_per_s", result.instancesPerSecond() * ContentBench.USER_TASKS);
        report.figure("content_approval_ms_per_user_task", result.secondsPerUserTask() * 1000);
        report.figure("content_approval_ratio_per_task", ratio);
        report.figure("content_approval_ratio_to_reference_completions", literal);
        report.row("2 content", "instances end to end /s (" + ContentBench.USER_TASKS + " user tasks each)",
                result.instancesPerSecond(), "");
        report.row("2 content", "ms per user task (instance time / " + ContentBench.USER_TASKS + ")",
                result.secondsPerUserTask() * 1000, " ms");
        report.row("2 content", "ratio per user task to the reference", ratio, "", 0.6, true);
        report.row("2 content", "(content tasks /s ÷ reference completions /s)", literal, "");
    }

    /** The monthly report drafted from a month of 20,000 content and 20,000 feedback records (issue 16: ≤ 10 s). */
    private void report() {
        ReportBench.Result result = new ReportBench(jdbc, reportService, reportDocuments)
                .run(settings.reportContent(), settings.reportFeedback());
        report.context("report_content_rows", result.content());
        report.context("report_feedback_rows", result.feedback());
        report.figure("report_seed_s", result.seedSeconds());
        report.figure("report_draft_s", result.draftSeconds());
        report.figure("report_pdf_s", result.pdfSeconds());
        report.row("6 report", "draft a month of " + result.content() + " content + " + result.feedback()
                + " feedback records", result.draftSeconds(), " s", 10, false);
        report.row("6 report", "draw its PDF with three charts", result.pdfSeconds(), " s");
    }

    private void intake() throws Exception {
        IntakeBench bench = new IntakeBench("http://localhost:" + port, jdbc);
        if (!bench.available()) {
            for (String key : new String[] {"intake_requests_per_s", "intake_p50_ms", "intake_p99_ms", "intake_lost"}) {
                report.figure(key, Double.NaN);
            }
            report.note("intake: " + IntakeBench.PATH + " does not exist in this build, not measured");
            return;
        }
        IntakeBench.Result result = bench.run(settings.intakeThreads(), Math.min(5, settings.intakeSeconds()),
                settings.intakeSeconds(), settings.intakeCatchUpSeconds());
        report.context("intake_client_threads", settings.intakeThreads());
        report.context("intake_seconds", Math.round(result.seconds() * 10) / 10.0);
        report.context("intake_accepted", result.accepted());
        report.context("intake_statuses", result.statuses());
        report.context("intake_failed_requests", result.failed());
        report.context("intake_waiting_for_instance_after_load", result.waitingAfterLoad());
        report.figure("intake_requests_per_s", result.acceptedPerSecond());
        report.figure("intake_p50_ms", result.latencies().percentileMs(50));
        report.figure("intake_p99_ms", result.latencies().percentileMs(99));
        report.figure("intake_lost", result.lost());
        String load = settings.intakeThreads() + " client threads, " + Math.round(result.seconds()) + " s";
        report.row("4 intake", "accepted submissions /s (" + load + ")", result.acceptedPerSecond(), "", 200, true);
        report.row("4 intake", "latency p50", result.latencies().percentileMs(50), " ms");
        report.row("4 intake", "latency p99", result.latencies().percentileMs(99), " ms", 200, false);
        report.figure("intake_catch_up_s", result.catchUpSeconds());
        report.row("4 intake", "accepted but missing from the database", result.lost(), "", 0, false);
        report.row("4 intake", "process instances still to start after the load: " + result.waitingAfterLoad()
                + ", all started after", result.catchUpSeconds(), " s");
        if (result.refused() + result.failed() > 0) {
            report.note("intake: " + result.refused() + " requests answered other than 201 " + result.statuses()
                    + ", " + result.failed() + " without an answer");
        }
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
