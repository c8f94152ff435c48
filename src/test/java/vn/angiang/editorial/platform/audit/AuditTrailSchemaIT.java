package vn.angiang.editorial.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * The audit trail's table on both databases the application runs on, migrated as Flyway migrates it at
 * start: the rows of the trails kept before V4 arrive in it whole, an entry is read back as it was
 * written, the Java API can only add rows, and PostgreSQL refuses any change or removal.
 */
class AuditTrailSchemaIT {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-10T09:00:00+07:00");

    enum Database {
        H2, POSTGRESQL;

        DataSource fresh() {
            if (this == H2) {
                return new DriverManagerDataSource("jdbc:h2:mem:audit-" + System.nanoTime()
                        + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa", "");
            }
            return new DriverManagerDataSource(EmbeddedPostgresSupport.jdbcUrl(EmbeddedPostgresSupport.newDatabase()),
                    EmbeddedPostgresSupport.USER, "postgres");
        }

        /** Flyway as the application configures it (application.yaml, spring.flyway.*). */
        Flyway flyway(DataSource data, String target) {
            return Flyway.configure().dataSource(data).table("editorial_schema_history")
                    .locations("classpath:db/migration", "classpath:db/vendor/" + name().toLowerCase(Locale.ROOT))
                    .target(target).load();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theTrailsKeptBeforeArriveWholeInTheSharedTrail(Database database) throws SQLException {
        DataSource data = database.fresh();
        database.flyway(data, "3").migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        long submission = oldContentTrail(jdbc);
        String code = oldFeedbackTrail(jdbc);

        database.flyway(data, "latest").migrate();

        AuditTrail trail = new AuditTrail(jdbc);
        assertThat(trail.entries("content-approval", Long.toString(submission)))
                .extracting(AuditEntry::element, AuditEntry::taskId, AuditEntry::actorId, AuditEntry::actorGroup,
                        AuditEntry::actingFor, AuditEntry::action, AuditEntry::comment, AuditEntry::detail,
                        AuditEntry::contentVersion)
                .containsExactly(
                        tuple("submitContent", null, "ctv.lan", "collaborators", null, "submit", null, null, 1),
                        tuple("submitContent", null, "ctv.lan", null, null, "status", null, "SUBMITTED", null),
                        tuple("vetSubmission", "task-1", "ttth.an", "it-center", null, "forward", "Đã biên tập tít", null, 2),
                        tuple("vetSubmission", null, "ttth.an", null, null, "status", "Chuyển thẩm định", "IN_APPRAISAL", null),
                        tuple("routeSubmission", null, "system", null, null, "status",
                                "Phân công thẩm định: member-economy", "IN_APPRAISAL", null),
                        tuple("approveByHead", "task-2", "phoban.tttt", "deputy-head-ict", "truongban", "approve",
                                "Đồng ý", null, 2),
                        tuple("publishCorrection", null, "tv.kinhte", null, null, "status",
                                "Đăng bản đính chính: content-1, phiên bản 3", "PUBLISHED", null),
                        tuple(null, null, "ttth.an", null, null, "status", "Ghi chú không rõ bước", "PUBLISHED", null));
        assertThat(trail.entries("content-approval", Long.toString(submission)))
                .extracting(e -> e.occurredAt().toInstant()).first().isEqualTo(T0.toInstant());
        assertThat(trail.entries("feedback-handling", code))
                .extracting(AuditEntry::element, AuditEntry::actorId, AuditEntry::actorGroup, AuditEntry::action,
                        AuditEntry::comment, AuditEntry::detail)
                .containsExactly(
                        tuple("feedbackReceived", "citizen", null, "received", "Kênh tiếp nhận: web", null),
                        tuple("classifyFeedback", "ttth.an", "it-center", "forward", "Chuyển Sở Y tế", "agency-health"));
        // one trail: the old tables are gone
        try (Connection c = data.getConnection()) {
            for (String table : List.of("content_decision", "content_status_history", "feedback_event")) {
                assertThat(tableExists(c, table)).as(table).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEntryIsReadBackAsItWasWrittenInTheOrderThingsHappened(Database database) {
        DataSource data = database.fresh();
        database.flyway(data, "latest").migrate();
        AuditTrail trail = new AuditTrail(JdbcClient.create(data));

        trail.record("meeting", "M-7", "approveMinutes", new Actor("phoban.tttt", "deputy-head-ict", Set.of(), "truongban", "delegation-12"),
                AuditFact.of("approve", T0.plusMinutes(5)).withTask("task-9").withComment("Đồng ý")
                        .withDetail("board-head").withContentVersion(3));
        trail.record("meeting", "M-7", "draftMinutes", Actor.of("tgv.thu", "secretariat"), AuditFact.of("submit", T0));
        trail.record("meeting", "M-8", "draftMinutes", Actor.system(), AuditFact.of("submit", T0));

        List<AuditEntry> entries = trail.entries("meeting", "M-7");
        assertThat(entries).extracting(AuditEntry::element).containsExactly("draftMinutes", "approveMinutes");
        AuditEntry approval = entries.get(1);
        assertThat(approval).extracting(AuditEntry::processKey, AuditEntry::recordKey, AuditEntry::taskId,
                AuditEntry::actorId, AuditEntry::actorGroup, AuditEntry::actingFor, AuditEntry::delegationRef,
                AuditEntry::action, AuditEntry::comment, AuditEntry::detail, AuditEntry::contentVersion)
                .containsExactly("meeting", "M-7", "task-9", "phoban.tttt", "deputy-head-ict", "truongban",
                        "delegation-12", "approve", "Đồng ý", "board-head", 3);
        assertThat(approval.occurredAt()).isEqualTo(T0.plusMinutes(5));
        assertThat(entries.get(0)).extracting(AuditEntry::taskId, AuditEntry::actingFor, AuditEntry::delegationRef,
                AuditEntry::comment, AuditEntry::detail, AuditEntry::contentVersion)
                .containsOnlyNulls();
    }

    @Test
    void theJavaApiOfTheTrailOnlyAddsAndReads() {
        assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).containsExactlyInAnyOrder("record", "entries");
    }

    @Test
    void postgresRefusesToChangeOrRemoveAnEntry() {
        Database database = Database.POSTGRESQL;
        DataSource data = database.fresh();
        database.flyway(data, "latest").migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        new AuditTrail(jdbc).record("content-approval", "1", "vetSubmission", Actor.of("ttth.an", "it-center"),
                AuditFact.of("forward", T0));

        for (String change : List.of("UPDATE audit_entry SET actor_id = 'someone.else'", "DELETE FROM audit_entry",
                "TRUNCATE audit_entry")) {
            assertThatThrownBy(() -> jdbc.sql(change).update()).as(change)
                    .rootCause().hasMessageContaining("chỉ được ghi thêm");
        }
        assertThat(jdbc.sql("SELECT actor_id FROM audit_entry").query(String.class).list()).containsExactly("ttth.an");
    }

    /** A submission with the decisions and statuses V2's tables held (as ContentService wrote them). */
    private static long oldContentTrail(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO content_submission (submitter_id, submitter_group, title, summary, body_html, content_type,
                       field_code, urgency, status, content_version, created_at, updated_at)
                VALUES ('ctv.lan', 'collaborators', 'Tin', 'Tóm tắt', '<p>Tin</p>', 'news', 'economy', 'normal',
                        'PUBLISHED', 3, :at, :at)""").param("at", T0).update();
        long id = jdbc.sql("SELECT id FROM content_submission").query(Long.class).single();
        decision(jdbc, id, "submitContent", null, "ctv.lan", "collaborators", null, T0, "submit", null, 1);
        decision(jdbc, id, "vetSubmission", "task-1", "ttth.an", "it-center", null, T0.plusHours(1), "forward",
                "Đã biên tập tít", 2);
        decision(jdbc, id, "approveByHead", "task-2", "phoban.tttt", "deputy-head-ict", "truongban", T0.plusHours(3),
                "approve", "Đồng ý", 2);
        // written before its decision at the same moment, as the submission's first status was
        status(jdbc, id, "SUBMITTED", T0, "ctv.lan", null);
        status(jdbc, id, "IN_APPRAISAL", T0.plusHours(1), "ttth.an", "Chuyển thẩm định");
        status(jdbc, id, "IN_APPRAISAL", T0.plusHours(1).plusSeconds(1), "system", "Phân công thẩm định: member-economy");
        status(jdbc, id, "PUBLISHED", T0.plusDays(1), "tv.kinhte", "Đăng bản đính chính: content-1, phiên bản 3");
        status(jdbc, id, "PUBLISHED", T0.plusDays(2), "ttth.an", "Ghi chú không rõ bước");
        return id;
    }

    private static void decision(JdbcClient jdbc, long id, String taskKey, String taskId, String actor, String role,
            String actingFor, OffsetDateTime at, String outcome, String comment, int version) {
        jdbc.sql("""
                INSERT INTO content_decision (submission_id, task_key, task_id, actor_id, actor_role, acting_for,
                       decided_at, outcome, comment_text, content_version)
                VALUES (:id, :taskKey, :taskId, :actor, :role, :actingFor, :at, :outcome, :comment, :version)""")
                .param("id", id).param("taskKey", taskKey).param("taskId", taskId).param("actor", actor)
                .param("role", role).param("actingFor", actingFor).param("at", at).param("outcome", outcome)
                .param("comment", comment).param("version", version).update();
    }

    private static void status(JdbcClient jdbc, long id, String status, OffsetDateTime at, String by, String note) {
        jdbc.sql("""
                INSERT INTO content_status_history (submission_id, status, changed_at, changed_by, note)
                VALUES (:id, :status, :at, :by, :note)""")
                .param("id", id).param("status", status).param("at", at).param("by", by).param("note", note).update();
    }

    /** A piece of feedback with the events V3's table held. */
    private static String oldFeedbackTrail(JdbcClient jdbc) {
        String code = "PA-7K3MQ-9Q2XD";
        jdbc.sql("""
                INSERT INTO feedback (tracking_code, channel, sender_name, sender_address, subject, content, topic, area,
                       status, created_at, updated_at)
                VALUES (:code, 'web', 'Trần Thị Mai', '45 Lê Lợi', 'Thiếu thuốc', 'Bệnh viện thiếu thuốc.', 'health',
                        'chau-doc', 'FORWARDED', :at, :at)""").param("code", code).param("at", T0).update();
        long id = jdbc.sql("SELECT id FROM feedback").query(Long.class).single();
        event(jdbc, id, "classifyFeedback", "ttth.an", "it-center", T0.plusHours(2), "forward", "Chuyển Sở Y tế",
                "agency-health");
        event(jdbc, id, "feedbackReceived", "citizen", null, T0, "received", "Kênh tiếp nhận: web", null);
        return code;
    }

    private static void event(JdbcClient jdbc, long id, String step, String actor, String group, OffsetDateTime at,
            String outcome, String comment, String agency) {
        jdbc.sql("""
                INSERT INTO feedback_event (feedback_id, step, actor_id, actor_group, occurred_at, outcome, comment_text,
                       agency_group)
                VALUES (:id, :step, :actor, :group, :at, :outcome, :comment, :agency)""")
                .param("id", id).param("step", step).param("actor", actor).param("group", group).param("at", at)
                .param("outcome", outcome).param("comment", comment).param("agency", agency).update();
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = c.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
