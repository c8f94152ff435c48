package vn.angiang.editorial.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public feedback intake under a concurrent client on loopback: {@code threads} threads each send
 * a citizen's submission ({@code POST /public/feedback}, JSON), wait for the answer and send the next,
 * for the given time (after a warm-up that is not counted). Every submission answered 201 carries a
 * tracking code; right after the load each one must have its record in the database, and once the
 * background starter has caught up (timed: the backlog a burst leaves), its process instance.
 */
final class IntakeBench {

    static final String PATH = "/public/feedback";

    private final String baseUrl;
    private final JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    IntakeBench(String baseUrl, JdbcTemplate jdbc) {
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
    }

    record Result(int accepted, int refused, int failed, double seconds, Latencies latencies, int lost,
                  Map<Integer, Integer> statuses, long waitingAfterLoad, double catchUpSeconds) {
        double acceptedPerSecond() {
            return accepted / seconds;
        }
    }

    /** Whether the application has the public intake (it answers the catalog of topics and areas). */
    boolean available() throws Exception {
        HttpResponse<String> catalog = http.send(HttpRequest.newBuilder(URI.create(baseUrl + PATH + "/catalog"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return catalog.statusCode() == 200;
    }

    Result run(int threads, int warmUpSeconds, int seconds, int maxCatchUpSeconds) throws Exception {
        JsonNode catalog = json.readTree(http.send(HttpRequest.newBuilder(URI.create(baseUrl + PATH + "/catalog"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        List<String> topics = codes(catalog.path("topics"));
        List<String> areas = codes(catalog.path("areas"));
        if (topics.isEmpty() || areas.isEmpty()) {
            throw new IllegalStateException("The feedback catalog has no topics or areas: " + catalog);
        }
        load(threads, warmUpSeconds, topics, areas, new Latencies(), new CopyOnWriteArrayList<>(),
                new ConcurrentHashMap<>(), new AtomicInteger());

        Latencies latencies = new Latencies();
        List<String> trackingCodes = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        load(threads, seconds, topics, areas, latencies, trackingCodes, statuses, failed);
        double elapsed = (System.nanoTime() - start) / 1e9;

        int accepted = trackingCodes.size();
        int refused = statuses.entrySet().stream().filter(e -> e.getKey() != 201).mapToInt(Map.Entry::getValue).sum();
        // a tracking code answered twice would be two citizens sharing one record
        int lost = trackingCodes.size() - (int) trackingCodes.stream().distinct().count()
                + missing(trackingCodes, "feedback f WHERE f.tracking_code = c.code");
        long waitingAfterLoad = waiting();
        long catchUpStart = System.nanoTime();
        long deadline = catchUpStart + TimeUnit.SECONDS.toNanos(maxCatchUpSeconds);
        while (waiting() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        double catchUp = (System.nanoTime() - catchUpStart) / 1e9;
        lost += missing(trackingCodes, "act_hi_procinst p WHERE p.business_key_ = c.code");
        return new Result(accepted, refused, failed.get(), elapsed, latencies, lost, statuses, waitingAfterLoad, catchUp);
    }

    private long waiting() {
        Long waiting = jdbc.queryForObject("select count(*) from feedback where process_instance_id is null", Long.class);
        return waiting == null ? 0 : waiting;
    }

    private void load(int threads, int seconds, List<String> topics, List<String> areas, Latencies latencies,
                      List<String> trackingCodes, Map<Integer, Integer> statuses, AtomicInteger failed)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int n = sequence.incrementAndGet();
                        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body(n, topics, areas)))
                                .build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - t0);
                            statuses.merge(response.statusCode(), 1, Integer::sum);
                            if (response.statusCode() == 201) {
                                trackingCodes.add(json.readTree(response.body()).path("trackingCode").asText());
                            }
                        } catch (Exception e) {
                            latencies.add(System.nanoTime() - t0);
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String body(int n, List<String> topics, List<String> areas) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("senderName", "Nguyễn Văn Bình " + n);
        form.put("senderAddress", "Số " + (n % 300 + 1) + " đường Trần Hưng Đạo, phường Long Xuyên, tỉnh An Giang");
        form.put("senderPhone", "0909" + String.format("%06d", n % 1_000_000));
        form.put("senderEmail", "nguoidan" + n + "@example.vn");
        form.put("subject", "Đề nghị sửa chữa đèn chiếu sáng công cộng số " + n);
        form.put("content", "Đèn chiếu sáng trên tuyến đường trước nhà tôi đã hỏng hơn hai tuần, buổi tối rất tối "
                + "và nguy hiểm cho người đi đường. Kính đề nghị cơ quan chức năng kiểm tra, sửa chữa sớm. (" + n + ")");
        form.put("topic", topics.get(n % topics.size()));
        form.put("area", areas.get(n % areas.size()));
        try {
            return json.writeValueAsString(form);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepted submissions without a row in {@code table} (a FROM clause over the alias c.code). */
    private int missing(List<String> trackingCodes, String table) {
        int missing = 0;
        for (int from = 0; from < trackingCodes.size(); from += 1000) {
            String[] codes = trackingCodes.subList(from, Math.min(trackingCodes.size(), from + 1000)).toArray(String[]::new);
            Integer count = jdbc.queryForObject("select count(*) from unnest(?::varchar[]) as c(code) "
                    + "where not exists (select 1 from " + table + ")", Integer.class, (Object) codes);
            missing += count == null ? codes.length : count;
        }
        return missing;
    }

    private static List<String> codes(JsonNode options) {
        List<String> codes = new ArrayList<>();
        options.forEach(option -> codes.add(option.isTextual() ? option.asText() : option.path("code").asText()));
        codes.removeIf(String::isBlank);
        return codes;
    }
}
