package vn.angiang.editorial.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.angiang.editorial.security.EngineHttp.body;
import static vn.angiang.editorial.security.EngineHttp.json;
import static vn.angiang.editorial.security.EngineHttp.value;
import static vn.angiang.editorial.security.EngineHttp.variables;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.angiang.editorial.security.EngineHttp.Response;

/**
 * Brings records of both processes to the step an attack starts from, through the REST API as the
 * demo users of each role would, and reads the records back from the database to compare them.
 */
final class Scenarios {

    private final EngineHttp http;
    private final JdbcClient jdbc;

    Scenarios(EngineHttp http, JdbcClient jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    // --- content approval ------------------------------------------------------------------------

    /** What the start form of content-approval sends (Tasklist's shape: the content group as Json). */
    static Map<String, Object> contentStartForm(String title) {
        return contentStartForm(title, "news", "economy");
    }

    /** The start form for an item of {@code contentType} in {@code field} (which decide the route). */
    static Map<String, Object> contentStartForm(String title, String contentType, String field) {
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("name1", "Hồ Ngọc Lan");
        slots.put("role1", "author");
        return variables(
                "content", json(Map.of("title", title, "summary", "Tóm tắt: " + title, "body", "<p>" + title + ".</p>")),
                "contentType", value(contentType),
                "field", value(field),
                "urgency", value("normal"),
                "contributors", json(slots));
    }

    /** Starts content-approval through the start form as {@code user}; returns the instance id. */
    String submitContent(String user, String title) {
        return submitContent(user, title, "news", "economy");
    }

    String submitContent(String user, String title, String contentType, String field) {
        Response started = http.rest("POST", "/process-definition/key/content-approval/submit-form", user,
                body("variables", contentStartForm(title, contentType, field)));
        assertThat(started.status()).as("start as %s: %s", user, started).isEqualTo(200);
        return started.json().path("id").asText();
    }

    /** The IT center forwards the item to appraisal; returns the appraisal task. */
    String vetted(String processInstanceId) {
        String vet = openTask(processInstanceId, "vetSubmission", "ttth.an");
        work("ttth.an", vet, variables("vetDecision", value("forward")));
        return openTask(processInstanceId, "appraiseSubmission", "demo");
    }

    long submissionOf(String processInstanceId) {
        return jdbc.sql("SELECT id FROM content_submission WHERE process_instance_id = :pi")
                .param("pi", processInstanceId).query(Long.class).single();
    }

    /** The IT center returns the item for revision; returns the revision task (assigned to the submitter). */
    String returnedForRevision(String processInstanceId) {
        String vet = openTask(processInstanceId, "vetSubmission", "ttth.an");
        work("ttth.an", vet, variables("vetDecision", value("return"), "vetComment", value("Bổ sung nguồn tin.")));
        return openTask(processInstanceId, "reviseSubmission", "demo");
    }

    /** What the revision form sends to resubmit (the content group and the decision). */
    static Map<String, Object> resubmission(String title) {
        return variables(
                "content", json(Map.of("title", title, "summary", "Tóm tắt: " + title, "body", "<p>" + title + ", đã bổ sung.</p>")),
                "contentType", value("news"),
                "field", value("economy"),
                "urgency", value("normal"),
                "revisionDecision", value("resubmit"));
    }

    /** The submission as stored, with the number of its trail entries: what an attack must not change. */
    Map<String, Object> submission(long id) {
        Map<String, Object> row = lower(jdbc.sql("SELECT process_instance_id, submitter_id, submitter_group, title, "
                + "summary, body_html, status, content_version FROM content_submission WHERE id = :id")
                .param("id", id).query().singleRow());
        row.put("decisions", jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE process_key = 'content-approval' "
                + "AND record_key = :key AND action <> 'status'").param("key", String.valueOf(id)).query(Integer.class).single());
        row.put("statuses", jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE process_key = 'content-approval' "
                + "AND record_key = :key AND action = 'status'").param("key", String.valueOf(id)).query(Integer.class).single());
        return row;
    }

    // --- feedback handling -----------------------------------------------------------------------

    /** What the IT center's start form sends for feedback received on paper. */
    static Map<String, Object> feedbackStartForm(String subject) {
        return variables(
                "channel", value("paper"),
                "senderName", value("Trần Văn Bình"),
                "senderAddress", value("12 Nguyễn Huệ, phường Long Xuyên"),
                "senderPhone", value("0913 111 222"),
                "subject", value(subject),
                "content", value(subject + ": người dân phản ánh đã lâu nhưng chưa được giải quyết."),
                "topic", value("health"),
                "area", value("long-xuyen"));
    }

    /** The IT center enters a paper feedback; returns the instance id once it waits for classification. */
    String enterFeedback(String subject) {
        return enterFeedback("ttth.an", subject);
    }

    /** {@code official} of the IT center enters a paper feedback; returns the instance id once it waits. */
    String enterFeedback(String official, String subject) {
        Response started = http.rest("POST", "/process-definition/key/feedback-handling/submit-form", official,
                body("variables", feedbackStartForm(subject)));
        assertThat(started.status()).as("feedback start: %s", started).isEqualTo(200);
        String pi = started.json().path("id").asText();
        openTask(pi, "classifyFeedback", official);
        return pi;
    }

    long feedbackOf(String processInstanceId) {
        return jdbc.sql("SELECT id FROM feedback WHERE process_instance_id = :pi")
                .param("pi", processInstanceId).query(Long.class).single();
    }

    String trackingCodeOf(String processInstanceId) {
        return jdbc.sql("SELECT tracking_code FROM feedback WHERE process_instance_id = :pi")
                .param("pi", processInstanceId).query(String.class).single();
    }

    /** The IT center proposes forwarding the feedback to {@code agency}; returns the head's approval task. */
    String proposedForForwarding(String processInstanceId, String agency) {
        String classify = openTask(processInstanceId, "classifyFeedback", "ttth.an");
        work("ttth.an", classify, variables("classification", value("forward"), "agencyGroup", value(agency)));
        return openTask(processInstanceId, "approveForwarding", "truongban");
    }

    /** The feedback is forwarded to {@code agency} (proposed, the head approves); returns the agency's answer task. */
    String forwarded(String processInstanceId, String agency, String agencyUser) {
        work("truongban", proposedForForwarding(processInstanceId, agency), variables("forwardDecision", value("approve")));
        return openTask(processInstanceId, "answerFeedback", agencyUser);
    }

    /** The feedback as stored, with the number of its trail entries. */
    Map<String, Object> feedback(long id) {
        Map<String, Object> row = lower(jdbc.sql("SELECT process_instance_id, status, agency_group, handled_by, "
                + "answer_text, answered_by, answered_group, public_answer FROM feedback WHERE id = :id")
                .param("id", id).query().singleRow());
        row.put("events", jdbc.sql("SELECT COUNT(*) FROM audit_entry a JOIN feedback f ON a.record_key = f.tracking_code "
                + "WHERE a.process_key = 'feedback-handling' AND f.id = :id").param("id", id).query(Integer.class).single());
        return row;
    }

    // --- tasks -----------------------------------------------------------------------------------

    /** The open task {@code key} of an instance, as {@code user} sees it (waits for the job executor). */
    String openTask(String processInstanceId, String key, String user) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response tasks = http.rest("GET", "/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + key,
                    user, null);
            JsonNode list = tasks.json();
            if (tasks.status() == 200 && list.isArray() && list.size() == 1) {
                id[0] = list.get(0).path("id").asText();
                return true;
            }
            return false;
        });
        return id[0];
    }

    boolean isOpen(String taskId) {
        return http.rest("GET", "/task/" + taskId, "demo", null).status() == 200;
    }

    /** Tasklist's sequence: claim (unless already assigned), then submit the form. */
    void work(String user, String taskId, Map<String, Object> form) {
        JsonNode task = http.rest("GET", "/task/" + taskId, user, null).json();
        if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
            Response claimed = http.rest("POST", "/task/" + taskId + "/claim", user, body("userId", user));
            assertThat(claimed.status()).as("claim as %s: %s", user, claimed).isEqualTo(204);
        }
        Response submitted = http.rest("POST", "/task/" + taskId + "/submit-form", user, body("variables", form));
        assertThat(submitted.status()).as("submit as %s: %s", user, submitted).isIn(200, 204);
    }

    /** A process variable as the administrator reads it. */
    JsonNode variable(String processInstanceId, String name) {
        return http.rest("GET", "/process-instance/" + processInstanceId + "/variables/" + name, "demo", null).json()
                .path("value");
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new LinkedHashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        return lower;
    }
}
