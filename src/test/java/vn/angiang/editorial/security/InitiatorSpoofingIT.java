package vn.angiang.editorial.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.angiang.editorial.security.EngineHttp.body;
import static vn.angiang.editorial.security.EngineHttp.value;
import static vn.angiang.editorial.security.EngineHttp.variables;
import static vn.angiang.editorial.security.RecordRebindingIT.refused;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.angiang.editorial.security.EngineHttp.Response;
import vn.angiang.editorial.security.EngineHttp.Webapp;
import vn.angiang.editorial.support.SharedApplicationOnPostgres;

/**
 * Nobody acts in another's name: the submitter of content is always the signed-in user, whatever a
 * start sends ({@code requesterId}, the start event's initiator variable), through every door; only the
 * IT center enters a paper submission for its sender, and the record says "entered by X for Y"; the
 * feedback entered by an official records that official; a task is claimed for oneself only, and a
 * candidate can neither hand it to someone else nor route it to another group.
 */
@SharedApplicationOnPostgres
class InitiatorSpoofingIT extends OverHttp {

    @Test
    void aCollaboratorCannotSubmitAsSomebodyElseThroughAnyDoor() {
        int submissions = submissions();
        int instances = instances();
        Map<String, Object> spoofed = Scenarios.contentStartForm("Tin gửi dưới tên người khác");
        spoofed.put("requesterId", value("ctv.minh"));
        Webapp tasklist = http.tasklist("ctv.lan");
        Runnable nothingStarted = () -> {
            assertThat(submissions()).isEqualTo(submissions);
            assertThat(instances()).isEqualTo(instances);
        };

        refused(403, "Không được gửi «requesterId»", nothingStarted,
                () -> http.rest("POST", "/process-definition/key/content-approval/submit-form", "ctv.lan", body("variables", spoofed)),
                () -> http.rest("POST", "/process-definition/key/content-approval/start", "ctv.lan", body("variables", spoofed)),
                () -> tasklist.engine("POST", "/process-definition/key/content-approval/submit-form", body("variables", spoofed)),
                () -> tasklist.engine("POST", "/process-definition/key/content-approval/start", body("variables", spoofed)));
        // the form's own field for paper entries is the IT center's only
        Map<String, Object> onPaper = Scenarios.contentStartForm("Tin gửi dưới tên người khác");
        onPaper.put("enteredFor", value("ctv.minh"));
        refused(403, "Chỉ Trung tâm Tin học được nhập hộ", nothingStarted,
                () -> http.rest("POST", "/process-definition/key/content-approval/submit-form", "ctv.lan", body("variables", onPaper)),
                () -> tasklist.engine("POST", "/process-definition/key/content-approval/submit-form", body("variables", onPaper)));
        // nor past the start event, where the submitter is taken
        Map<String, Object> atVetting = variables("variables", spoofed, "startInstructions", EngineHttp.list(variables(
                "type", "startBeforeActivity", "activityId", "vetSubmission",
                "variables", variables("requesterId", value("ctv.minh")))));
        refused(403, "Chỉ được khởi tạo quy trình từ sự kiện bắt đầu", nothingStarted,
                () -> http.rest("POST", "/process-definition/key/content-approval/start", "ctv.lan", atVetting));

        // an ordinary submission is the signed-in user's
        String pi = scenarios.submitContent("ctv.lan", "Tin của chính người gửi");
        long id = scenarios.submissionOf(pi);
        assertThat(scenarios.submission(id)).containsEntry("submitter_id", "ctv.lan")
                .containsEntry("submitter_group", "collaborators");
        assertThat(scenarios.variable(pi, "requesterId").asText()).isEqualTo("ctv.lan");
    }

    @Test
    void theItCenterEntersAPaperSubmissionForItsSenderAndTheRecordSaysSo() {
        Map<String, Object> onPaper = Scenarios.contentStartForm("Bài gửi qua đường bưu điện");
        onPaper.put("enteredFor", value("ctv.minh"));
        Response started = http.tasklist("ttth.an").engine("POST",
                "/process-definition/key/content-approval/submit-form", body("variables", onPaper));
        assertThat(started.status()).as("%s", started).isEqualTo(200);
        String pi = started.json().path("id").asText();
        long id = scenarios.submissionOf(pi);

        assertThat(scenarios.submission(id)).containsEntry("submitter_id", "ctv.minh")
                .containsEntry("submitter_group", "collaborators");
        assertThat(scenarios.variable(pi, "requesterId").asText()).as("notices and revisions go to the sender")
                .isEqualTo("ctv.minh");
        assertThat(jdbc.sql("SELECT element_id AS task_key, actor_id, actor_group AS actor_role, acting_for FROM audit_entry "
                + "WHERE process_key = 'content-approval' AND record_key = :id AND action <> 'status' ORDER BY id")
                .param("id", String.valueOf(id)).query().listOfRows())
                .extracting(r -> r.get("task_key"), r -> r.get("actor_id"), r -> r.get("actor_role"), r -> r.get("acting_for"))
                .containsExactly(tuple("submitContent", "ttth.an", "it-center", "ctv.minh"));
        assertThat(jdbc.sql("SELECT actor_id AS changed_by, comment AS note FROM audit_entry "
                + "WHERE process_key = 'content-approval' AND record_key = :id AND action = 'status'")
                .param("id", String.valueOf(id)).query().listOfRows())
                .extracting(r -> r.get("changed_by"), r -> r.get("note"))
                .containsExactly(tuple("ttth.an", "Nhập hộ tin bài gửi trên giấy: ttth.an nhập cho ctv.minh"));
        Response trail = http.call("GET", "/api/content/" + id + "/audit", "ctv.minh", null);
        assertThat(trail.status()).as("the sender reads the trail of its submission: %s", trail).isEqualTo(200);
        JsonNode submitted = trail.json().path("decisions").get(0);
        assertThat(submitted.path("actorId").asText()).isEqualTo("ttth.an");
        assertThat(submitted.path("actingFor").asText()).isEqualTo("ctv.minh");

        // a revision goes to the sender, not to the official who typed it in
        String revise = scenarios.returnedForRevision(pi);
        assertThat(http.rest("GET", "/task/" + revise, "demo", null).json().path("assignee").asText()).isEqualTo("ctv.minh");

        // the sender must be a user who sends submissions
        int submissions = submissions();
        for (String sender : List.of("khong.co.ai", "tv.kinhte")) {
            Map<String, Object> unknown = Scenarios.contentStartForm("Bài gửi qua đường bưu điện");
            unknown.put("enteredFor", value(sender));
            Response refused = http.rest("POST", "/process-definition/key/content-approval/submit-form", "ttth.an",
                    body("variables", unknown));
            assertThat(refused.status()).as("%s", refused).isEqualTo(400);
            assertThat(refused.message()).contains("«" + sender + "» không phải người dùng gửi tin bài");
        }
        assertThat(submissions()).isEqualTo(submissions);
    }

    @Test
    void feedbackEnteredByAnOfficialRecordsThatOfficial() {
        int instances = instances();
        Map<String, Object> spoofed = Scenarios.feedbackStartForm("Cống thoát nước bị nghẹt");
        spoofed.put("enteredBy", value("ttth.binh"));
        refused(403, "không có trường «enteredBy»", () -> assertThat(instances()).isEqualTo(instances),
                () -> http.rest("POST", "/process-definition/key/feedback-handling/submit-form", "ttth.an", body("variables", spoofed)),
                () -> http.tasklist("ttth.an").engine("POST", "/process-definition/key/feedback-handling/start",
                        body("variables", spoofed)));

        String pi = scenarios.enterFeedback("Cống thoát nước bị nghẹt");
        assertThat(jdbc.sql("SELECT entered_by FROM feedback WHERE process_instance_id = :pi").param("pi", pi)
                .query(String.class).single()).isEqualTo("ttth.an");
    }

    @Test
    void aTaskIsClaimedForOneselfOnlyAndCandidatesCannotHandItOn() {
        String pi = scenarios.submitContent("ctv.lan", "Tin chờ kiểm duyệt");
        String vet = scenarios.openTask(pi, "vetSubmission", "ttth.an");

        Response forAnother = http.rest("POST", "/task/" + vet + "/claim", "ttth.an", body("userId", "ttth.binh"));
        assertThat(forAnother.status()).as("%s", forAnother).isEqualTo(403);
        assertThat(forAnother.message()).contains("Chỉ được nhận việc cho chính mình");
        assertThat(assignee(vet)).isNull();

        assertThat(http.rest("POST", "/task/" + vet + "/claim", "ttth.an", body("userId", "ttth.an")).status()).isEqualTo(204);
        // a colleague of the same group can neither take it nor give it back
        assertThat(http.rest("POST", "/task/" + vet + "/unclaim", "ttth.binh", null).status()).isEqualTo(403);
        assertThat(http.rest("POST", "/task/" + vet + "/assignee", "ttth.binh", body("userId", "ttth.binh")).status()).isEqualTo(403);
        assertThat(assignee(vet)).isEqualTo("ttth.an");
        // the assignee can neither hand it to someone else nor route it to another group
        assertThat(http.rest("POST", "/task/" + vet + "/assignee", "ttth.an", body("userId", "ctv.lan")).status()).isEqualTo(403);
        assertThat(http.rest("POST", "/task/" + vet + "/delegate", "ttth.an", body("userId", "ttth.binh")).status()).isEqualTo(403);
        assertThat(http.rest("POST", "/task/" + vet + "/identity-links", "ttth.an",
                variables("groupId", "member-economy", "type", "candidate")).status()).isEqualTo(403);
        assertThat(http.rest("GET", "/task?processInstanceId=" + pi, "tv.kinhte", null).json()).isEmpty();
        assertThat(assignee(vet)).isEqualTo("ttth.an");

        // Tasklist's "unclaim" still works for the assignee
        Response released = http.tasklist("ttth.an").engine("POST", "/task/" + vet + "/unclaim", null);
        assertThat(released.status()).as("%s", released).isEqualTo(204);
        assertThat(assignee(vet)).isNull();
    }

    String assignee(String taskId) {
        JsonNode assignee = http.rest("GET", "/task/" + taskId, "demo", null).json().path("assignee");
        return assignee.isNull() || assignee.isMissingNode() ? null : assignee.asText();
    }

    int submissions() {
        return jdbc.sql("SELECT COUNT(*) FROM content_submission").query(Integer.class).single();
    }

    int instances() {
        return jdbc.sql("SELECT COUNT(*) FROM act_hi_procinst").query(Integer.class).single();
    }
}
