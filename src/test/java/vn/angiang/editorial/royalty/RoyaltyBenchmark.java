package vn.angiang.editorial.royalty;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.royalty.RoyaltyInputs.Proposal;
import vn.angiang.editorial.royalty.RoyaltyInputs.WorkScore;

/**
 * The royalty month at scale (mvn -o -Pbench test -Dtest=RoyaltyBenchmark; README "Monthly royalty payout"): a month
 * of {@value #WORKS} published works (two authors each) is drafted, proposed, scored and approved, and its statement
 * and payment list written as XLSX. Prints the times and the peak heap; asserts nothing about speed.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:royalty-bench;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false", "editorial.operations.checks-enabled=false"})
class RoyaltyBenchmark {

    static final int WORKS = 20_000;
    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final String[][] FIELDS = {{"economy", "member-economy"}, {"politics", "member-politics"}};

    @Autowired RoyaltyService service;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aMonthOfTwentyThousandWorks() throws IOException {
        publish();
        Actor it = new Actor("ttth.an", "it-center", Set.of("it-center"), null, null);
        Actor head = new Actor("truongban", "board-head", Set.of("board-head"), null, null);
        List<String> lines = new ArrayList<>();
        resetPeaks();

        long t0 = System.nanoTime();
        RoyaltyStatement drafted = service.draft(MONTH, null, it);
        long t1 = System.nanoTime();
        for (String group : service.fieldGroups(drafted.id())) {
            List<Proposal> proposals = service.proposalsFor(drafted.id(), group).stream()
                    .map(p -> new Proposal(p.workId(), null, null, null, new BigDecimal("1.5"))).toList();
            service.propose(drafted.id(), group, proposals, new Actor("bench", group, Set.of(group), null, null));
        }
        long t2 = System.nanoTime();
        List<WorkScore> scores = service.scoresFor(drafted.id());
        RoyaltyStatement scored = service.score(drafted.id(), scores, it);
        long t3 = System.nanoTime();
        RoyaltyStatement approved = service.decide(scored.id(), "approve", null, head);
        List<PayeeTotals> payees = service.payeeTotals(approved);
        long t4 = System.nanoTime();
        Path xlsx = Files.createTempFile("bang-ke-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            StatementWorkbook.write(approved, service.rules(), payees, out);
        }
        long t5 = System.nanoTime();
        Path list = Files.createTempFile("danh-sach-chi-tra-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(list)) {
            PaymentListWorkbook.write(approved, payees, List.of(), out);
        }
        long t6 = System.nanoTime();

        lines.add("royalty benchmark: " + WORKS + " works, " + approved.works().stream().mapToLong(w -> w.shares().size())
                .sum() + " shares, " + payees.size() + " payees, total " + Money.vnd(approved.total()) + " VND");
        lines.add(line("draft from the content records", t0, t1));
        lines.add(line("members' proposals (2 fields)", t1, t2));
        lines.add(line("IT center's scoring", t2, t3));
        lines.add(line("drafted and scored (draft + proposals + scoring)", t0, t3));
        lines.add(line("approval and payee totals", t3, t4));
        lines.add(line("statement XLSX written (" + Files.size(xlsx) / 1024 + " KiB)", t4, t5));
        lines.add(line("payment list XLSX written (" + Files.size(list) / 1024 + " KiB)", t5, t6));
        lines.add(String.format(Locale.ROOT, "peak heap used: %.0f MiB (max heap %d MiB), %d CPUs", peakHeapMiB(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors()));
        Files.deleteIfExists(xlsx);
        Files.deleteIfExists(list);
        lines.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "royalty-bench.txt"), lines);
    }

    /** The month's works as the content process leaves them (setup, not measured). */
    void publish() {
        List<Object[]> submissions = new ArrayList<>();
        OffsetDateTime first = MONTH.atDay(1).atTime(7, 0).atZone(BoardTime.ZONE).toOffsetDateTime();
        for (int i = 0; i < WORKS; i++) {
            String[] field = FIELDS[i % FIELDS.length];
            submissions.add(new Object[] {"Tác phẩm số " + (i + 1) + " về chuyển đổi số", i % 3 == 0 ? "article" : "news",
                    field[0], field[1], first.plusMinutes(i * 2L)});
        }
        jdbc.batchUpdate("""
                INSERT INTO content_submission (submitter_id, submitter_group, title, summary, body_html, content_type,
                       field_code, urgency, status, content_version, appraiser_group, created_at, updated_at)
                VALUES ('bench', 'collaborators', ?, 'Tóm tắt', '<p>x</p>', ?, ?, 'normal', 'PUBLISHED', 1, ?, ?, ?)""",
                submissions.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[4]}).toList());
        List<Long> ids = jdbc.queryForList("SELECT id FROM content_submission WHERE submitter_id = 'bench' ORDER BY id",
                Long.class);
        List<Object[]> people = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            people.add(new Object[] {id, 1, "Cộng tác viên " + (i % 400)});
            people.add(new Object[] {id, 2, "Tác giả " + (i % 700)});
            items.add(new Object[] {"content-" + id, id, submissions.get(i)[0], submissions.get(i)[4], submissions.get(i)[4]});
        }
        jdbc.batchUpdate("INSERT INTO content_contributor (submission_id, position, name, role) VALUES (?, ?, ?, 'author')",
                people);
        jdbc.batchUpdate("""
                INSERT INTO published_item (item_key, item_version, source_kind, source_id, title, body_html, state,
                       first_published_at, published_at, published_by)
                VALUES (?, 1, 'content', ?, ?, '<p>x</p>', 'CURRENT', ?, ?, 'ttth.an')""", items);
    }

    static String line(String what, long from, long to) {
        return String.format(Locale.ROOT, "%-55s %8.2f s", what, (to - from) / 1e9);
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static double peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }
}
