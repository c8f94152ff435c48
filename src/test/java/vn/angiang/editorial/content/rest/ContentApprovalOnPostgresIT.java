package vn.angiang.editorial.content.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.angiang.editorial.support.SharedApplicationOnPostgres;

/**
 * The whole application on a real PostgreSQL, driven through the REST API exactly as Tasklist does:
 * the start form is fetched and submitted, each task is listed, claimed, its deployed form and
 * variables fetched and its form submitted — by the demo users of each role. Ends with the item in
 * the public feed and its audit trail complete; a user of another group can neither claim nor
 * complete a task that is not theirs; bad input is answered 400 with the Vietnamese message.
 */
@SharedApplicationOnPostgres
class ContentApprovalOnPostgresIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    <T> ResponseEntity<T> call(HttpMethod method, String path, String user, Object body,
            ParameterizedTypeReference<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), type);
    }

    Map<String, Object> get(String path, String user) {
        ResponseEntity<Map<String, Object>> response = call(HttpMethod.GET, path, user, null, OBJECT);
        assertThat(response.getStatusCode().value()).as("GET %s as %s", path, user).isEqualTo(200);
        return response.getBody();
    }

    static Map<String, Object> value(Object value) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value);
        return v;
    }

    /** What Tasklist sends for an object in a Camunda Form (a group with a path, a dynamic list). */
    static Map<String, Object> json(Object value) throws Exception {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", "Json");
        v.put("value", JSON.writeValueAsString(value));
        return v;
    }

    static Map<String, Object> startVariables(String body) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("content", json(Map.of("title", "Hội nghị xúc tiến đầu tư An Giang 2026",
                "summary", "Tỉnh giới thiệu 30 dự án kêu gọi đầu tư.", "body", body)));
        variables.put("contentType", value("article"));
        variables.put("field", value("economy"));
        variables.put("urgency", value("normal"));
        variables.put("requestedPublicationDate", value(null));
        variables.put("sourceAgency", value("Sở Tài chính"));
        // the start form's author slots, as Tasklist sends them (empty slots included)
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("name1", "Hồ Ngọc Lan");
        slots.put("role1", "author");
        slots.put("name2", "Dương Văn Minh");
        slots.put("role2", "photographer");
        slots.put("name3", "");
        slots.put("role3", null);
        slots.put("name4", "");
        slots.put("role4", null);
        variables.put("contributors", json(slots));
        return variables;
    }

    String openTask(String processInstanceId, String user) {
        ResponseEntity<List<Map<String, Object>>> tasks = call(HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + processInstanceId, user, null, LIST);
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        assertThat(tasks.getBody()).as("tasks %s sees", user).hasSize(1);
        return (String) tasks.getBody().get(0).get("id");
    }

    /** Tasklist's sequence for one task: claim, form reference, deployed form, variables, submit. */
    void work(String processInstanceId, String user, String formId, Map<String, Object> submitted) {
        String taskId = openTask(processInstanceId, user);
        assertThat(call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", user, Map.of("userId", user), OBJECT)
                .getStatusCode().value()).isEqualTo(204);
        Map<String, Object> form = get("/engine-rest/task/" + taskId + "/form", user);
        assertThat((Map<String, Object>) form.get("camundaFormRef")).containsEntry("key", formId)
                .containsEntry("binding", "latest");
        assertThat(get("/engine-rest/task/" + taskId + "/deployed-form", user).get("id")).isEqualTo(formId);
        Map<String, Object> variables = get("/engine-rest/task/" + taskId + "/form-variables", user);
        assertThat(variables).containsKeys("content", "contentType", "field", "itemTitle");
        assertThat(((Map<?, ?>) variables.get("content")).get("type")).isEqualTo("Json");
        ResponseEntity<Map<String, Object>> submit = call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
                user, Map.of("variables", submitted), OBJECT);
        assertThat(submit.getStatusCode().value()).as("submit %s as %s: %s", formId, user, submit.getBody())
                .isIn(200, 204);
    }

    @Test
    void aCollaboratorsArticleGoesThroughEveryRoleIntoTheFeedWithACompleteTrail() throws Exception {
        // the start form, as Tasklist fetches it
        Map<String, Object> startForm = get("/engine-rest/process-definition/key/content-approval/startForm", "ctv.lan");
        assertThat((Map<String, Object>) startForm.get("camundaFormRef")).containsEntry("key", "content-submission")
                .containsEntry("binding", "latest");
        Map<String, Object> deployed = get("/engine-rest/process-definition/key/content-approval/deployed-start-form",
                "ctv.lan");
        assertThat(deployed.get("id")).isEqualTo("content-submission");

        // a body far over the 4000 characters of a String variable
        String body = "<h2>Khai mạc</h2>" + "<p>Sáng nay, hội nghị xúc tiến đầu tư được tổ chức tại Long Xuyên.</p>".repeat(200);
        ResponseEntity<Map<String, Object>> started = call(HttpMethod.POST,
                "/engine-rest/process-definition/key/content-approval/submit-form", "ctv.lan",
                Map.of("variables", startVariables(body)), OBJECT);
        assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(200);
        String pi = (String) started.getBody().get("id");
        long id = Long.parseLong(((String) started.getBody().get("businessKey")).substring("content-".length()));

        // IT center vets; a board member of another field sees nothing, cannot claim, cannot complete
        String vetTask = openTask(pi, "ttth.an");
        assertThat(call(HttpMethod.GET, "/engine-rest/task?processInstanceId=" + pi, "tv.vanhoa", null, LIST).getBody())
                .isEmpty();
        assertThat(call(HttpMethod.POST, "/engine-rest/task/" + vetTask + "/claim", "tv.vanhoa",
                Map.of("userId", "tv.vanhoa"), OBJECT).getStatusCode().value()).isEqualTo(403);
        assertThat(call(HttpMethod.POST, "/engine-rest/task/" + vetTask + "/submit-form", "tv.vanhoa",
                Map.of("variables", Map.of("vetDecision", value("forward"))), OBJECT).getStatusCode().value())
                .isEqualTo(403);
        assertThat(get("/engine-rest/task/" + vetTask, "ttth.an").get("assignee")).isNull();

        // bad input at a task: 400 with the message, the task stays open
        assertThat(call(HttpMethod.POST, "/engine-rest/task/" + vetTask + "/claim", "ttth.an",
                Map.of("userId", "ttth.an"), OBJECT).getStatusCode().value()).isEqualTo(204);
        ResponseEntity<Map<String, Object>> noReason = call(HttpMethod.POST, "/engine-rest/task/" + vetTask + "/submit-form",
                "ttth.an", Map.of("variables", Map.of("vetDecision", value("reject"))), OBJECT);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat((String) noReason.getBody().get("message")).endsWith("Cần ghi rõ lý do khi chọn «Từ chối đăng».");
        assertThat(openTask(pi, "ttth.an")).isEqualTo(vetTask);

        Map<String, Object> edited = new LinkedHashMap<>();
        edited.put("vetDecision", value("forward"));
        edited.put("vetComment", value("Đã biên tập tít"));
        edited.put("content", json(Map.of("title", "Hội nghị xúc tiến đầu tư tỉnh An Giang năm 2026",
                "summary", "Tỉnh giới thiệu 30 dự án kêu gọi đầu tư.", "body", body)));
        edited.put("contentType", value("article"));
        edited.put("field", value("economy"));
        edited.put("urgency", value("normal"));
        Map<String, Object> vetVariables = new LinkedHashMap<>(edited);
        String taskId = openTask(pi, "ttth.an");
        assertThat(get("/engine-rest/task/" + taskId + "/deployed-form", "ttth.an").get("id")).isEqualTo("content-vet");
        assertThat(call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", "ttth.an",
                Map.of("variables", vetVariables), OBJECT).getStatusCode().value()).isEqualTo(204);

        // the head, away, delegates the approval of content to the deputy head (ICT) (Đ8.1), who approves for him
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        ResponseEntity<Map<String, Object>> delegation = call(HttpMethod.POST, "/api/delegations", "truongban",
                Map.of("delegateId", "phoban.tttt", "scopes", List.of("approve-content"), "validFrom", today.toString(),
                        "validTo", today.plusDays(3).toString(), "paperRef", "Giấy ủy quyền số 07/GUQ-BBT"), OBJECT);
        assertThat(delegation.getStatusCode().value()).isEqualTo(201);
        work(pi, "tv.kinhte", "content-appraise", Map.of("appraisalDecision", value("approve")));
        work(pi, "phoban.tttt", "content-head-approval", Map.of("headDecision", value("approve"),
                "headComment", value("Đồng ý đăng")));

        // in the public feed, without logging in; the body sanitized and whole
        ResponseEntity<Map<String, Object>> feed = call(HttpMethod.GET, "/public/feed", null, null, OBJECT);
        assertThat(feed.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> items = (List<Map<String, Object>>) feed.getBody().get("items");
        Map<String, Object> item = items.stream().filter(i -> i.get("id").equals("content-" + id)).findFirst().orElseThrow();
        assertThat(item.get("title")).isEqualTo("Hội nghị xúc tiến đầu tư tỉnh An Giang năm 2026");
        assertThat((String) item.get("bodyHtml")).hasSize(body.length());
        assertThat((String) item.get("auditUrl")).endsWith("/api/content/" + id + "/audit");
        ResponseEntity<String> atom = http.getForEntity("/public/feed.atom", String.class);
        assertThat(atom.getBody()).contains("content-" + id);

        // the audit trail: every decision, who, in which role, for whom
        assertThat(call(HttpMethod.GET, "/api/content/" + id + "/audit", null, null, OBJECT).getStatusCode().value())
                .isEqualTo(401);
        // another's record answers as an unknown one: ids cannot be probed
        assertThat(call(HttpMethod.GET, "/api/content/" + id + "/audit", "syt.vanthu", null, OBJECT).getStatusCode().value())
                .isEqualTo(404);
        assertThat(call(HttpMethod.GET, "/api/content/99999999/audit", "syt.vanthu", null, OBJECT).getStatusCode().value())
                .isEqualTo(404);
        Map<String, Object> trail = get("/api/content/" + id + "/audit", "truongban");
        assertThat(trail.get("status")).isEqualTo("PUBLISHED");
        List<Map<String, Object>> decisions = (List<Map<String, Object>>) trail.get("decisions");
        assertThat(decisions).extracting(d -> d.get("taskKey"), d -> d.get("actorId"), d -> d.get("actorRole"),
                d -> d.get("actingFor"), d -> d.get("outcome")).containsExactly(
                tuple("submitContent", "ctv.lan", "collaborators", null, "submit"),
                tuple("vetSubmission", "ttth.an", "it-center", null, "forward"),
                tuple("appraiseSubmission", "tv.kinhte", "member-economy", null, "approve"),
                tuple("approveByHead", "phoban.tttt", "deputy-head-ict", "truongban", "approve"),
                tuple("publishItem", "phoban.tttt", null, null, "publish"));
        assertThat(decisions).allSatisfy(d -> assertThat(d.get("at")).isNotNull());
        assertThat(decisions.get(1).get("comment")).isEqualTo("Đã biên tập tít");
        assertThat(decisions.get(1).get("contentVersion")).isEqualTo(2);
        assertThat((List<Map<String, Object>>) trail.get("contributors")).extracting(c -> c.get("name"), c -> c.get("role"))
                .containsExactly(tuple("Hồ Ngọc Lan", "author"), tuple("Dương Văn Minh", "photographer"));
        assertThat(get("/api/content/" + id + "/audit", "ctv.lan").get("id")).as("the submitter reads its own trail")
                .isEqualTo((int) id);

        // the member checks it after publication (Đ10.4)
        work(pi, "tv.kinhte", "content-check", Map.of("checkDecision", value("confirm")));
        assertThat(call(HttpMethod.GET, "/engine-rest/process-instance/" + pi, "truongban", null, OBJECT)
                .getStatusCode().value()).isEqualTo(404);

        // mails written for the IT center, the member, the head's groups and the submitter
        List<String> recipients = jdbc.sql("SELECT recipient FROM notification_outbox ORDER BY id").query(String.class).list();
        assertThat(recipients).contains("ttth.an@bbt.angiang.local", "tv.kinhte@bbt.angiang.local",
                "truongban@bbt.angiang.local", "phoban.tttt@bbt.angiang.local", "ctv.lan@example.vn");
    }

    @Test
    void badInputAtTheStartFormIsRefusedWith400AndCreatesNothing() throws Exception {
        int records = jdbc.sql("SELECT COUNT(*) FROM content_submission").query(Integer.class).single();
        int instances = call(HttpMethod.GET, "/engine-rest/history/process-instance?processDefinitionKey=content-approval",
                "truongban", null, LIST).getBody().size();
        Map<String, Object> variables = startVariables("<p onclick=\"steal()\">Tin</p>");
        variables.put("contentType", value("gossip"));

        ResponseEntity<Map<String, Object>> refused = call(HttpMethod.POST,
                "/engine-rest/process-definition/key/content-approval/submit-form", "sgd.vanthu",
                Map.of("variables", variables), OBJECT);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("message")).contains(
                "Nội dung chứa thuộc tính sự kiện \"onclick\" trong thẻ <p>",
                "Loại tin bài «gossip» không hợp lệ");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM content_submission").query(Integer.class).single()).isEqualTo(records);
        assertThat(call(HttpMethod.GET, "/engine-rest/history/process-instance?processDefinitionKey=content-approval",
                "truongban", null, LIST).getBody()).hasSize(instances);
    }
}
