package vn.angiang.editorial.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.angiang.editorial.platform.process.BoardTime;

/**
 * Puts records in the other processes' tables the way those processes leave them (the tests' own setup: the
 * report only reads them), each row with only what the report reads.
 */
public record ReportRecords(JdbcClient jdbc) {

    /** {@code day} at {@code hour}:{@code minute} in the board's zone. */
    public static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(hour, minute).atZone(BoardTime.ZONE).toOffsetDateTime();
    }

    public static OffsetDateTime at(int year, int month, int day, int hour) {
        return at(year, month, day, hour, 0);
    }

    /** A submission of {@code field} by {@code group}, made at {@code at}; returns its id. */
    public long submitted(String field, String group, OffsetDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO content_submission (submitter_id, submitter_group, title, summary, body_html, content_type,
                       field_code, urgency, status, content_version, created_at, updated_at)
                VALUES ('someone', :group, 'Tin về tỉnh', 'Tóm tắt', '<p>Nội dung</p>', 'news', :field, 'normal',
                        'SUBMITTED', 1, :at, :at)""")
                .param("group", group).param("field", field).param("at", at).update(key, "id");
        return key.getKey().longValue();
    }

    /** The submission's status changed to {@code status} (an enum name) at {@code at}. */
    public void status(long submission, String status, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO audit_entry (process_key, record_key, actor_id, occurred_at, action, detail)
                VALUES ('content-approval', CAST(:s AS VARCHAR(64)), 'someone', :at, 'status', :status)""")
                .param("s", submission).param("status", status).param("at", at).update();
    }

    /** The submission's first version went on the portal at {@code at}. */
    public void published(long submission, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO published_item (item_key, item_version, source_kind, source_id, title, body_html, state,
                       first_published_at, published_at, published_by)
                VALUES (:key, 1, 'content', :s, 'Tin về tỉnh', '<p>Nội dung</p>', 'CURRENT', :at, :at, 'ttth.an')""")
                .param("key", "content-" + submission).param("s", submission).param("at", at).update();
        status(submission, "PUBLISHED", at);
    }

    private static int code = 0;

    /**
     * Feedback received at {@code created} with {@code status} (an enum name), handled by {@code handledBy}
     * ("board", "agency" or null), forwarded to {@code agency} at {@code forwarded}, due {@code due}, answered
     * {@code answered} (each may be null).
     */
    public void feedback(OffsetDateTime created, String status, String handledBy, String agency, OffsetDateTime forwarded,
            OffsetDateTime due, OffsetDateTime answered) {
        jdbc.sql("""
                INSERT INTO feedback (tracking_code, channel, sender_name, sender_address, subject, content, topic, area,
                       status, handled_by, agency_group, forwarded_at, answer_due, answered_at, created_at, updated_at)
                VALUES (:code, 'web', 'Nguyễn Văn Dân', 'Long Xuyên', 'Đường hư', 'Đường hư hỏng', 'roads', 'long-xuyen',
                        :status, :handled, :agency, :forwarded, :due, :answered, :created, :created)""")
                .param("code", "T" + (++code) + "X" + System.nanoTime() % 100000).param("status", status)
                .param("handled", handledBy).param("agency", agency).param("forwarded", forwarded).param("due", due)
                .param("answered", answered).param("created", created).update();
    }

    /** A royalty statement of {@code period} approved at {@code approvedAt}; returns its id. */
    public long statement(String period, OffsetDateTime approvedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO royalty_statement (period, statement_kind, status, total_amount, drafted_at, drafted_by,
                       approved_at, approved_by)
                VALUES (:p, 'regular', 'approved', 0, :at, 'ttth.an', :at, 'truongban')""")
                .param("p", period).param("at", approvedAt).update(key, "id");
        return key.getKey().longValue();
    }

    private static int position = 0;

    /** A work of {@code kind} on the statement, paid {@code amount} to {@code payee}. */
    public void work(long statement, String kind, long amount, String payee) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO royalty_work (statement_id, position, published_item_id, submission_id, item_key, title,
                       field_code, work_kind, published_on, unit_value, base_salary, base_salary_source, amount)
                VALUES (:s, :pos, 0, 0, 'content-0', 'Tác phẩm', 'economy', :kind, DATE '2026-10-01', 234000, 2340000,
                        'Nghị định 73/2024/NĐ-CP', :amount)""")
                .param("s", statement).param("pos", ++position).param("kind", kind).param("amount", amount)
                .update(key, "id");
        jdbc.sql("""
                INSERT INTO royalty_share (work_id, position, payee_name, contribution, payee_kind, outside_duty,
                       share_percent, amount) VALUES (:w, 1, :payee, 'author', 'collaborator', FALSE, 100, :amount)""")
                .param("w", key.getKey().longValue()).param("payee", payee).param("amount", amount).update();
    }

    /** A payment recorded by the IT center on {@code paidOn} for the statement: gross, tax withheld, net = the rest. */
    public void payment(long statement, String payee, long gross, long tax, LocalDate paidOn) {
        jdbc.sql("""
                INSERT INTO royalty_payment (statement_id, position, payee_name, gross, tax_withheld, net, method,
                       reference, paid_on, recorded_at, recorded_by)
                VALUES (:s, :pos, :payee, :gross, :tax, :net, 'transfer', 'UNC-01', :on, CURRENT_TIMESTAMP, 'ttth.an')""")
                .param("s", statement).param("pos", ++position).param("payee", payee).param("gross", gross)
                .param("tax", tax).param("net", gross - tax).param("on", paidOn).update();
    }

    /** A meeting in {@code status} (held, concluded, invited…) starting at {@code startsAt}; returns its id. */
    public long meeting(String status, OffsetDateTime startsAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (kind, status, title, starts_at, requested_by, created_at)
                VALUES ('regular', :status, 'Họp Ban Biên tập', :at, 'truongban', :at)""")
                .param("status", status).param("at", startsAt).update(key, "id");
        return key.getKey().longValue();
    }

    /** A follow-up item of the meeting due on {@code due}, done at {@code doneAt} (null: open). */
    public void followUp(long meeting, int position, LocalDate due, OffsetDateTime doneAt) {
        jdbc.sql("""
                INSERT INTO meeting_follow_up (meeting_id, position, description, assignee_group, due_on, status, done_at)
                VALUES (:m, :p, 'Việc được giao', 'it-center', :due, :status, :done)""")
                .param("m", meeting).param("p", position).param("due", due).param("status", doneAt == null ? "open" : "done")
                .param("done", doneAt).update();
    }

    private static int task = 0;

    /**
     * A user task of the process defined as {@code definitionKey} (its latest version), due at {@code due} and
     * completed at {@code done} by {@code assignee}, as the engine's history keeps it.
     */
    public void completedTask(String definitionKey, String taskKey, String name, String assignee, OffsetDateTime due,
            OffsetDateTime done) {
        String definition = jdbc.sql("SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = :k ORDER BY VERSION_ DESC")
                .param("k", definitionKey).query(String.class).list().get(0);
        jdbc.sql("""
                INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, NAME_, ASSIGNEE_,
                       START_TIME_, END_TIME_, DELETE_REASON_, DUE_DATE_)
                VALUES (:id, :key, :process, :definition, :name, :assignee, :start, :end, 'completed', :due)""")
                .param("id", "report-test-task-" + (++task) + "-" + System.nanoTime()).param("key", taskKey)
                .param("process", definitionKey).param("definition", definition).param("name", name)
                .param("assignee", assignee).param("start", java.sql.Timestamp.from(due.minusDays(3).toInstant()))
                .param("end", java.sql.Timestamp.from(done.toInstant()))
                .param("due", java.sql.Timestamp.from(due.toInstant())).update();
    }

    /** Empties what the report reads, for a test that needs a month of its own. */
    public void clear() {
        for (String table : new String[] {"royalty_payment", "royalty_share", "royalty_work", "royalty_statement", "royalty_tax_commitment",
                "meeting_follow_up", "meeting_opinion", "meeting_attendance", "meeting_material", "meeting_guest",
                "meeting_agenda_item", "meeting", "feedback", "published_item", "audit_entry",
                "content_contributor", "content_submission"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
