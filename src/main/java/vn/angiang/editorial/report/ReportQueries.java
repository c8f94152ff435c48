package vn.angiang.editorial.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgChart;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.report.ReportFigures.AgencyDuty;
import vn.angiang.editorial.report.ReportFigures.AgencyFeedback;
import vn.angiang.editorial.report.ReportFigures.ContentCount;
import vn.angiang.editorial.report.ReportFigures.ContentFigures;
import vn.angiang.editorial.report.ReportFigures.FeedbackFigures;
import vn.angiang.editorial.report.ReportFigures.KindAmount;
import vn.angiang.editorial.report.ReportFigures.LateStep;
import vn.angiang.editorial.report.ReportFigures.MeetingFigures;
import vn.angiang.editorial.report.ReportFigures.MonthCount;
import vn.angiang.editorial.report.ReportFigures.RoyaltyFigures;

/**
 * The figures of a period, read by SQL from the tables of the other processes (content, feedback, royalty,
 * meeting: never changed here, and never through their classes: each process stays on its own). Counts are
 * grouped in the database; medians and overdue days are taken in Java from the rows the database returns.
 * A content's status changes are its part of the audit trail. Statuses are the codes the other processes
 * write (content and feedback: the enum's name; royalty and meeting: the lower-case code).
 */
@Component
public record ReportQueries(JdbcClient jdbc, OrgDirectory org, ReportRules rules) {

    /** What a submission is grouped by when it names no source agency: the group that submitted it. */
    private static final String AGENCY = "COALESCE(s.source_agency, s.submitter_group, '')";


    public ReportFigures figures(ReportPeriod period) {
        return new ReportFigures(period, content(period), feedback(period), royalties(period), meetings(period),
                belowDuty(period), trend(YearMonth.from(period.to())), lateSteps(period));
    }

    ContentFigures content(ReportPeriod period) {
        Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        jdbc.sql("SELECT s.field_code, " + AGENCY + " AS agency, COUNT(*) AS n FROM content_submission s"
                        + " WHERE s.created_at >= :from AND s.created_at < :to GROUP BY s.field_code, " + AGENCY)
                .param("from", period.start()).param("to", period.end())
                .query((rs, i) -> counts.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new long[5])[0]
                        += rs.getLong(3))
                .list();
        // the content's status history is its part of the audit trail (action "status", detail: the status)
        jdbc.sql("SELECT s.field_code, " + AGENCY + " AS agency, a.detail, COUNT(DISTINCT a.record_key) AS n"
                        + " FROM audit_entry a JOIN content_submission s ON s.id = CAST(a.record_key AS BIGINT)"
                        + " WHERE a.process_key = 'content-approval' AND a.action = 'status'"
                        + " AND a.occurred_at >= :from AND a.occurred_at < :to"
                        + " AND a.detail IN ('RETURNED', 'REJECTED', 'TAKEN_DOWN')"
                        + " GROUP BY s.field_code, " + AGENCY + ", a.detail")
                .param("from", period.start()).param("to", period.end())
                .query((rs, i) -> counts.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new long[5])[
                        switch (rs.getString(3)) {
                            case "RETURNED" -> 2;
                            case "REJECTED" -> 3;
                            default -> 4;
                        }] += rs.getLong(4))
                .list();
        List<Double> days = new ArrayList<>();
        jdbc.sql("SELECT s.field_code, " + AGENCY + " AS agency, s.created_at, p.first_published_at"
                        + " FROM published_item p JOIN content_submission s ON s.id = p.source_id"
                        + " WHERE p.source_kind = 'content' AND p.item_version = 1"
                        + " AND p.first_published_at >= :from AND p.first_published_at < :to")
                .param("from", period.start()).param("to", period.end())
                .query((rs, i) -> {
                    counts.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new long[5])[1]++;
                    OffsetDateTime submitted = rs.getObject(3, OffsetDateTime.class);
                    OffsetDateTime published = rs.getObject(4, OffsetDateTime.class);
                    return days.add(ChronoUnit.MINUTES.between(submitted, published) / (24 * 60.0));
                })
                .list();
        Map<String, String> fieldLabels = fieldLabels();
        List<ContentCount> byField = rollUp(counts, k -> k.get(0), code -> fieldLabels.getOrDefault(code, code));
        List<ContentCount> byAgency = rollUp(counts, k -> k.get(1),
                agency -> agency.isEmpty() ? "Không ghi cơ quan" : org.name(agency).orElse(agency));
        ContentCount total = sum("total", "Tổng cộng", counts.values());
        return new ContentFigures(total, byField, byAgency, Percentiles.median(days), Percentiles.nearestRank(days, 90));
    }

    private static List<ContentCount> rollUp(Map<List<String>, long[]> counts, Function<List<String>, String> key,
            Function<String, String> label) {
        Map<String, List<long[]>> groups = new TreeMap<>();
        counts.forEach((k, v) -> groups.computeIfAbsent(key.apply(k), x -> new ArrayList<>()).add(v));
        List<ContentCount> rows = new ArrayList<>();
        groups.forEach((k, v) -> rows.add(sum(k, label.apply(k), v)));
        return rows;
    }

    private static ContentCount sum(String key, String label, Iterable<long[]> counts) {
        long[] t = new long[5];
        counts.forEach(c -> {
            for (int i = 0; i < t.length; i++) {
                t[i] += c[i];
            }
        });
        return new ContentCount(key, label, t[0], t[1], t[2], t[3], t[4]);
    }

    /** The fields of the board members' groups (Đ10.3): "Kinh tế" for {@code economy}. */
    private Map<String, String> fieldLabels() {
        Map<String, String> labels = new HashMap<>();
        for (OrgChart.Group g : org.groupsOfKind(GroupKind.BOARD_MEMBER)) {
            if (g.field() != null) {
                int dash = g.name().lastIndexOf('—');
                labels.put(g.field(), dash < 0 ? g.name() : g.name().substring(dash + 1).strip());
            }
        }
        return labels;
    }

    public FeedbackFigures feedback(ReportPeriod period) {
        long[] received = new long[3];
        jdbc.sql("SELECT status, handled_by, COUNT(*) FROM feedback WHERE created_at >= :from AND created_at < :to"
                        + " GROUP BY status, handled_by")
                .param("from", period.start()).param("to", period.end())
                .query((rs, i) -> {
                    long n = rs.getLong(3);
                    received[0] += n;
                    String status = rs.getString(1);
                    if ("NOT_ACCEPTED".equals(status) || "OUT_OF_SCOPE".equals(status)) {
                        received[1] += n;
                    }
                    if ("board".equals(rs.getString(2))) {
                        received[2] += n;
                    }
                    return n;
                })
                .list();
        Map<String, long[]> agencies = new TreeMap<>();
        LocalDate lastDay = period.to();
        jdbc.sql("SELECT agency_group, forwarded_at, answer_due, answered_at FROM feedback"
                        + " WHERE agency_group IS NOT NULL AND forwarded_at IS NOT NULL AND forwarded_at < :to"
                        + " AND (forwarded_at >= :from OR answered_at IS NULL OR answered_at >= :from)")
                .param("from", period.start()).param("to", period.end())
                .query((rs, i) -> {
                    long[] a = agencies.computeIfAbsent(rs.getString(1), k -> new long[5]);
                    OffsetDateTime forwardedAt = rs.getObject(2, OffsetDateTime.class);
                    OffsetDateTime due = rs.getObject(3, OffsetDateTime.class);
                    OffsetDateTime answered = rs.getObject(4, OffsetDateTime.class);
                    if (!forwardedAt.isBefore(period.start())) {
                        a[0]++;
                    }
                    boolean answeredInPeriod = answered != null && !answered.isBefore(period.start())
                            && answered.isBefore(period.end());
                    if (answeredInPeriod && due != null) {
                        a[answered.isAfter(due) ? 2 : 1]++;
                    } else if (due != null && due.isBefore(period.end())
                            && (answered == null || !answered.isBefore(period.end()))) {
                        a[3]++;
                        LocalDate dueDay = due.atZoneSameInstant(BoardTime.ZONE).toLocalDate();
                        a[4] = Math.max(a[4], ChronoUnit.DAYS.between(dueDay, lastDay));
                    }
                    return a;
                })
                .list();
        List<AgencyFeedback> byAgency = new ArrayList<>();
        agencies.values().removeIf(a -> a[0] + a[1] + a[2] + a[3] == 0);
        agencies.forEach((group, a) -> byAgency.add(new AgencyFeedback(group, org.name(group).orElse(group),
                a[0], a[1], a[2], a[3], a[4])));
        long forwarded = byAgency.stream().mapToLong(AgencyFeedback::forwarded).sum();
        return new FeedbackFigures(received[0], received[1], received[2], forwarded, byAgency);
    }

    RoyaltyFigures royalties(ReportPeriod period) {
        String approvedInPeriod = " s.status = 'approved' AND s.approved_at >= :from AND s.approved_at < :to";
        long statements = jdbc.sql("SELECT COUNT(*) FROM royalty_statement s WHERE" + approvedInPeriod)
                .param("from", period.start()).param("to", period.end()).query(Long.class).single();
        // a correction line (V12) is no new work: its signed difference counts in the amount only
        List<KindAmount> byKind = jdbc.sql("SELECT w.work_kind, COUNT(CASE WHEN w.corrects_work_id IS NULL THEN 1 END),"
                        + " SUM(w.amount) FROM royalty_work w JOIN royalty_statement s ON s.id = w.statement_id"
                        + " WHERE (w.amount > 0 OR w.corrects_work_id IS NOT NULL) AND" + approvedInPeriod
                        + " GROUP BY w.work_kind ORDER BY w.work_kind")
                .param("from", period.start()).param("to", period.end())
                .query((rs, i) -> new KindAmount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        // the tax the IT center withheld on the payments it recorded in the period (Đ11.7): what the tax declaration
        // of the period holds, whatever month the works were published in
        long withheld = jdbc.sql("SELECT COALESCE(SUM(tax_withheld), 0) FROM royalty_payment"
                        + " WHERE paid_on >= :fromDay AND paid_on <= :toDay")
                .param("fromDay", period.from()).param("toDay", period.to()).query(Long.class).single();
        return new RoyaltyFigures(statements, byKind.stream().mapToLong(KindAmount::works).sum(),
                byKind.stream().mapToLong(KindAmount::amount).sum(), withheld, byKind);
    }

    MeetingFigures meetings(ReportPeriod period) {
        long held = jdbc.sql("SELECT COUNT(*) FROM meeting WHERE status IN ('held', 'concluded')"
                        + " AND starts_at >= :from AND starts_at < :to")
                .param("from", period.start()).param("to", period.end()).query(Long.class).single();
        long[] open = new long[2];
        jdbc.sql("SELECT f.due_on FROM meeting_follow_up f JOIN meeting m ON m.id = f.meeting_id"
                        + " WHERE m.starts_at < :to AND (f.status = 'open' OR f.done_at >= :to)")
                .param("to", period.end())
                .query((rs, i) -> {
                    open[0]++;
                    LocalDate due = rs.getObject(1, LocalDate.class);
                    if (due != null && !due.isAfter(period.to())) {
                        open[1]++;
                    }
                    return due;
                })
                .list();
        return new MeetingFigures(held, open[0], open[1]);
    }

    /** Agencies with a duty (org chart) that provided fewer items than duty × months in the period. */
    public List<AgencyDuty> belowDuty(ReportPeriod period) {
        Map<String, Long> provided = provided(period.start(), period.end());
        List<AgencyDuty> below = new ArrayList<>();
        for (OrgChart.Group g : org.groupsOfKind(GroupKind.AGENCY)) {
            if (g.infoDutyPerMonth() != null && g.infoDutyPerMonth() > 0) {
                int duty = g.infoDutyPerMonth() * period.months();
                long n = provided.getOrDefault(g.id(), 0L);
                if (n < duty) {
                    below.add(new AgencyDuty(g.id(), g.name(), duty, n));
                }
            }
        }
        return below;
    }

    /** Items submitted by each group between two instants (what an agency provided to the portal). */
    Map<String, Long> provided(OffsetDateTime from, OffsetDateTime to) {
        Map<String, Long> provided = new LinkedHashMap<>();
        jdbc.sql("SELECT submitter_group, COUNT(*) FROM content_submission WHERE created_at >= :from"
                        + " AND created_at < :to AND submitter_group IS NOT NULL GROUP BY submitter_group")
                .param("from", from).param("to", to)
                .query((rs, i) -> provided.put(rs.getString(1), rs.getLong(2))).list();
        return provided;
    }

    /**
     * The user tasks completed in the period after their due date, from the engine's history (every process), by
     * process, step and the person who completed them. The engine writes its times in the server's zone without
     * an offset: they are compared as the engine wrote them.
     */
    List<LateStep> lateSteps(ReportPeriod period) {
        Map<List<String>, long[]> late = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        jdbc.sql("""
                SELECT COALESCE(d.NAME_, t.PROC_DEF_KEY_), COALESCE(t.NAME_, t.TASK_DEF_KEY_),
                       COALESCE(u.FIRST_ || ' ' || u.LAST_, t.ASSIGNEE_, ''), t.DUE_DATE_, t.END_TIME_
                  FROM ACT_HI_TASKINST t
                  LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
                  LEFT JOIN ACT_ID_USER u ON u.ID_ = t.ASSIGNEE_
                 WHERE t.END_TIME_ >= :from AND t.END_TIME_ < :to AND t.DUE_DATE_ IS NOT NULL
                   AND t.END_TIME_ > t.DUE_DATE_ AND t.DELETE_REASON_ = 'completed'""")
                .param("from", Timestamp.from(period.start().toInstant()))
                .param("to", Timestamp.from(period.end().toInstant()))
                .query((rs, i) -> {
                    long[] a = late.computeIfAbsent(List.of(rs.getString(1), rs.getString(2), rs.getString(3)),
                            k -> new long[2]);
                    a[0]++;
                    LocalDate due = rs.getTimestamp(4).toInstant().atZone(BoardTime.ZONE).toLocalDate();
                    LocalDate done = rs.getTimestamp(5).toInstant().atZone(BoardTime.ZONE).toLocalDate();
                    a[1] = Math.max(a[1], ChronoUnit.DAYS.between(due, done));
                    return a;
                })
                .list();
        List<LateStep> steps = new ArrayList<>();
        late.forEach((k, a) -> steps.add(new LateStep(k.get(0), k.get(1), k.get(2), a[0], a[1])));
        return steps;
    }

    /** Items first published each month, the twelve months ending with {@code last}. */
    List<MonthCount> trend(YearMonth last) {
        YearMonth first = last.minusMonths(11);
        Map<YearMonth, Long> months = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, 0L);
        }
        jdbc.sql("SELECT first_published_at FROM published_item WHERE source_kind = 'content' AND item_version = 1"
                        + " AND first_published_at >= :from AND first_published_at < :to")
                .param("from", first.atDay(1).atStartOfDay(BoardTime.ZONE).toOffsetDateTime())
                .param("to", last.plusMonths(1).atDay(1).atStartOfDay(BoardTime.ZONE).toOffsetDateTime())
                .query((rs, i) -> months.merge(YearMonth.from(rs.getObject(1, OffsetDateTime.class)
                        .atZoneSameInstant(BoardTime.ZONE)), 1L, Long::sum))
                .list();
        List<MonthCount> trend = new ArrayList<>();
        months.forEach((m, n) -> trend.add(new MonthCount(m.toString(), n)));
        return trend;
    }
}
