package vn.angiang.editorial.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Tasklist inbox "Việc chưa nhận của nhóm tôi" under load: open tasks are created in bulk
 * (instances of a plain process with one group task, started in batches of 500 per transaction),
 * then the two requests Tasklist sends for the filter are timed through the REST API, as a member
 * of the group: the first page ({@code POST /filter/{id}/list?firstResult=0&maxResults=15}, HAL, sorted
 * by due date) and the count ({@code POST /filter/{id}/count}).
 */
final class InboxBench {

    static final String PROCESS_KEY = "benchInbox";
    static final String FILTER_NAME = "Việc chưa nhận của nhóm tôi";
    private static final int BATCH = 500;

    /** The 32 groups that receive work; open tasks are spread evenly over them. */
    static final List<String> GROUPS = List.of(
            "it-center", "board-head", "deputy-head-ict", "deputy-head-office", "board-members",
            "member-politics", "member-economy", "member-culture-society", "member-legal", "member-science-tech",
            "secretariat-lead", "secretariat",
            "agency-home-affairs", "agency-justice", "agency-finance", "agency-construction",
            "agency-agriculture-environment", "agency-industry-trade", "agency-education", "agency-health",
            "agency-culture-sports-tourism", "agency-science-technology", "agency-ethnic-religion",
            "agency-provincial-office", "commune-long-xuyen", "commune-chau-doc", "commune-rach-gia",
            "commune-tan-chau", "commune-phu-quoc", "commune-cho-moi", "commune-thoai-son", "commune-tri-ton");

    /**
     * Who looks at the inbox: an IT center official (one group) and an economy board member (two groups,
     * so twice the inbox).
     */
    record Viewer(String user, List<String> groups) {}

    static final List<Viewer> VIEWERS = List.of(
            new Viewer("ttth.an", List.of("it-center")),
            new Viewer("tv.kinhte", List.of("board-members", "member-economy")));

    record Measurement(Latencies list, Latencies count, Latencies inbox, long expectedCount) {}

    private final ProcessEngine engine;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final String baseUrl;
    private final String password;
    private final int threads;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20180816);
    private int created;
    private String filterId;

    InboxBench(ProcessEngine engine, TransactionTemplate transactions, JdbcTemplate jdbc, String baseUrl,
               String password, int threads) {
        this.engine = engine;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.baseUrl = baseUrl;
        this.password = password;
        this.threads = threads;
    }

    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
                .name("Hồ sơ chờ xử lý (đo hộp việc)")
                .camundaHistoryTimeToLive(180)
                .startEvent("received")
                .userTask("handleItem").name("Xử lý hồ sơ")
                    .camundaCandidateGroups("${candidateGroup}")
                    .camundaDueDate("${dueDate}")
                .endEvent("handled")
                .done();
        engine.getRepositoryService().createDeployment()
                .name("benchmark-inbox")
                .addModelInstance(PROCESS_KEY + ".bpmn", model)
                .enableDuplicateFiltering(true)
                .deploy();
        filterId = engine.getFilterService().createFilterQuery().filterName(FILTER_NAME).singleResult().getId();
    }

    int created() {
        return created;
    }

    /** Creates open tasks until {@code total} exist; returns the seconds it took. */
    double fillTo(int total) {
        int toCreate = total - created;
        if (toCreate <= 0) {
            return 0;
        }
        List<Map<String, Object>> planned = new ArrayList<>(toCreate);
        Instant now = Instant.now();
        for (int i = 0; i < toCreate; i++) {
            int n = created + i;
            String group = GROUPS.get(random.nextInt(GROUPS.size()));
            // due dates from 5 days ago (overdue) to 40 days ahead, to the minute
            Date due = Date.from(now.plusSeconds(60L * (random.nextInt(45 * 24 * 60) - 5 * 24 * 60)));
            planned.add(Variables.createVariables()
                    .putValue("candidateGroup", group)
                    .putValue("dueDate", due)
                    .putValue("itemTitle", "Hồ sơ số " + (n + 1)));
        }
        int batches = (toCreate + BATCH - 1) / BATCH;
        double seconds = Parallel.run(threads, batches, b -> transactions.executeWithoutResult(status -> {
            for (int i = b * BATCH; i < Math.min(toCreate, (b + 1) * BATCH); i++) {
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, planned.get(i));
            }
        }));
        created = total;
        return seconds;
    }

    /** The viewer's unclaimed group tasks, counted in plain SQL (the bulk ones and any other open work). */
    long expectedCount(Viewer viewer) {
        String groups = String.join(",", viewer.groups().stream().map(g -> "'" + g + "'").toList());
        return jdbc.queryForObject("select count(distinct t.id_) from act_ru_task t "
                + "join act_ru_identitylink i on i.task_id_ = t.id_ "
                + "where i.type_ = 'candidate' and i.group_id_ in (" + groups + ") "
                + "and t.assignee_ is null and t.suspension_state_ = 1", Long.class);
    }

    /**
     * Times {@code samples} inbox loads (list + count, one after the other) after 5 unrecorded ones,
     * stopping early after {@code maxSeconds}.
     */
    Measurement measure(Viewer viewer, int samples, int maxSeconds) throws Exception {
        long expected = expectedCount(viewer);
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        for (int i = 0; i < Math.min(5, samples) && System.nanoTime() < deadline; i++) {
            load(viewer, expected, null, null, null);
        }
        Latencies list = new Latencies();
        Latencies count = new Latencies();
        Latencies inbox = new Latencies();
        for (int i = 0; i < samples && (i == 0 || System.nanoTime() < deadline); i++) {
            load(viewer, expected, list, count, inbox);
        }
        return new Measurement(list, count, inbox, expected);
    }

    private void load(Viewer viewer, long expected, Latencies list, Latencies count, Latencies inbox) throws Exception {
        String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
        long t0 = System.nanoTime();
        HttpResponse<String> page = post(viewer.user(), "/engine-rest/filter/" + filterId
                + "/list?firstResult=0&maxResults=15", body);
        long t1 = System.nanoTime();
        HttpResponse<String> counted = post(viewer.user(), "/engine-rest/filter/" + filterId + "/count", body);
        long t2 = System.nanoTime();
        if (page.statusCode() != 200 || counted.statusCode() != 200) {
            throw new IllegalStateException("Inbox request failed: " + page.statusCode() + " " + page.body()
                    + " / " + counted.statusCode() + " " + counted.body());
        }
        JsonNode halPage = json.readTree(page.body());
        long countValue = json.readTree(counted.body()).path("count").asLong(-1);
        int shown = halPage.path("_embedded").path("task").size();
        if (countValue != expected || halPage.path("count").asLong(-1) != expected
                || shown != Math.min(15, expected)) {
            throw new IllegalStateException("Inbox of " + viewer.user() + " shows " + shown + " tasks, count "
                    + countValue + ", expected " + expected);
        }
        if (list != null) {
            list.add(t1 - t0);
            count.add(t2 - t1);
            inbox.add(t2 - t0);
        }
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .header("Accept", "application/hal+json, application/json; q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** When PostgreSQL last analyzed the task table (manually or by autovacuum), or null. */
    Instant lastAnalyzeOfTaskTable() {
        return jdbc.queryForObject("select greatest(last_analyze, last_autoanalyze) from pg_stat_user_tables "
                + "where relname = 'act_ru_task'", (rs, n) -> {
                    var ts = rs.getTimestamp(1);
                    return ts == null ? null : ts.toInstant();
                });
    }
}
