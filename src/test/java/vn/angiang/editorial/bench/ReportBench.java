package vn.angiang.editorial.bench;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.report.BoardReport;
import vn.angiang.editorial.report.ReportDocuments;
import vn.angiang.editorial.report.ReportKind;
import vn.angiang.editorial.report.ReportPeriod;
import vn.angiang.editorial.report.ReportService;

/**
 * A month of records as a busy province would have them (content submitted, published, returned; feedback received,
 * forwarded, answered on time and late), put straight into the tables; then the time to draft the month's report
 * from them (every figure's query, stored), and to draw its PDF with the charts.
 */
final class ReportBench {

    static final YearMonth MONTH = YearMonth.of(2023, 3);
    private static final String[] FIELDS = {"politics", "economy", "culture-society", "legal", "science-tech"};
    private static final String[] AGENCIES = {"agency-health", "agency-finance", "agency-education", "agency-justice",
            "agency-construction", "commune-long-xuyen", "commune-chau-doc", "agency-provincial-office"};

    private final JdbcTemplate jdbc;
    private final ReportService service;
    private final ReportDocuments documents;

    ReportBench(JdbcTemplate jdbc, ReportService service, ReportDocuments documents) {
        this.jdbc = jdbc;
        this.service = service;
        this.documents = documents;
    }

    record Result(int content, int feedback, double seedSeconds, double draftSeconds, double pdfSeconds, long submitted) {
    }

    Result run(int contentRows, int feedbackRows) {
        long start = System.nanoTime();
        seedContent(contentRows);
        seedFeedback(feedbackRows);
        double seed = (System.nanoTime() - start) / 1e9;
        jdbc.execute("ANALYZE");
        // an ad hoc period over the month: the same queries as the monthly report, and a rerun drafts again
        ReportPeriod period = new ReportPeriod(ReportKind.AD_HOC, MONTH.atDay(1), MONTH.atEndOfMonth());
        long t0 = System.nanoTime();
        BoardReport drafted = service.draft(period, null, Actor.system());
        double draft = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        byte[] pdf = documents.file(drafted, PaperFormat.PDF.extension()).orElseThrow().content();
        double pdfSeconds = (System.nanoTime() - t1) / 1e9;
        if (pdf.length == 0) {
            throw new IllegalStateException("empty PDF");
        }
        return new Result(contentRows, feedbackRows, seed, draft, pdfSeconds, drafted.figures().content().total().submitted());
    }

    private static Timestamp in(int i, int minutesLater) {
        OffsetDateTime day = MONTH.atDay(1 + i % 28).atTime(7 + i % 10, i % 60).atZone(BoardTime.ZONE).toOffsetDateTime();
        return Timestamp.from(day.plusMinutes(minutesLater).toInstant());
    }

    private void seedContent(int rows) {
        Long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM content_submission", Long.class);
        List<Object[]> submissions = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            submissions.add(new Object[] {AGENCIES[i % AGENCIES.length], FIELDS[i % FIELDS.length], in(i, 0)});
        }
        jdbc.batchUpdate("""
                INSERT INTO content_submission (submitter_id, submitter_group, title, summary, body_html, content_type,
                       field_code, urgency, status, content_version, created_at, updated_at)
                VALUES ('bench', ?, 'Tin', 'Tóm tắt', '<p>x</p>', 'news', ?, 'normal', 'PUBLISHED', 1, ?, ?)""",
                submissions.stream().map(r -> new Object[] {r[0], r[1], r[2], r[2]}).toList());
        List<Long> ids = jdbc.queryForList("SELECT id FROM content_submission WHERE id > ? ORDER BY id", Long.class, firstId);
        List<Object[]> published = new ArrayList<>();
        List<Object[]> returned = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (i % 10 < 7) {
                published.add(new Object[] {"content-" + ids.get(i), ids.get(i), in(i, 60 * (2 + i % 90)),
                        in(i, 60 * (2 + i % 90))});
            } else if (i % 10 == 7) {
                returned.add(new Object[] {Long.toString(ids.get(i)), in(i, 30)});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO published_item (item_key, item_version, source_kind, source_id, title, body_html, state,
                       first_published_at, published_at, published_by)
                VALUES (?, 1, 'content', ?, 'Tin', '<p>x</p>', 'CURRENT', ?, ?, 'bench')""", published);
        jdbc.batchUpdate("""
                INSERT INTO audit_entry (process_key, record_key, actor_id, occurred_at, action, detail)
                VALUES ('content-approval', ?, 'bench', ?, 'status', 'RETURNED')""", returned);
    }

    private void seedFeedback(int rows) {
        List<Object[]> feedback = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean forwarded = i % 3 != 0;
            Timestamp created = in(i, 0);
            feedback.add(new Object[] {"B" + System.nanoTime() % 1_000_000_000L + "-" + i,
                    forwarded ? "ANSWERED" : (i % 2 == 0 ? "NOT_ACCEPTED" : "RECEIVED"), forwarded ? "agency" : null,
                    forwarded ? AGENCIES[i % AGENCIES.length] : null, forwarded ? in(i, 60) : null,
                    forwarded ? in(i, 60 * 24 * 20) : null, forwarded && i % 5 != 0 ? in(i, 60 * 24 * (5 + i % 30)) : null,
                    created, created});
        }
        jdbc.batchUpdate("""
                INSERT INTO feedback (tracking_code, channel, sender_name, sender_address, subject, content, topic, area,
                       status, handled_by, agency_group, forwarded_at, answer_due, answered_at, created_at, updated_at)
                VALUES (?, 'web', 'Người gửi', 'Địa chỉ', 'Tiêu đề', 'Nội dung', 'roads', 'long-xuyen', ?, ?, ?, ?, ?, ?, ?, ?)""",
                feedback);
    }
}
