package vn.angiang.editorial.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.angiang.editorial.security.EngineHttp.body;
import static vn.angiang.editorial.security.EngineHttp.value;
import static vn.angiang.editorial.security.EngineHttp.variables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import vn.angiang.editorial.security.EngineHttp.Response;
import vn.angiang.editorial.security.EngineHttp.Webapp;
import vn.angiang.editorial.support.SharedApplicationOnPostgres;

/**
 * A process instance cannot be made to act on another record: not by completing a task with a
 * variable named like a record key ({@code feedbackId}, {@code submissionId}, {@code agencyGroup}),
 * through any door — the REST API, the webapps' own API, the variable endpoints, messages and signals —
 * and not even when an administrator's variable edit rebinds it, because every step checks the record
 * is bound to its own instance; and a service refuses a user who may not act on the record. Each
 * refusal leaves the task open and both records as they were; the form's own fields still work.
 */
@SharedApplicationOnPostgres
class RecordRebindingIT extends OverHttp {

    @Test
    void anAgencyCannotWriteItsAnswerIntoAnotherAgencysFeedbackThroughAnyDoor() {
        String health = scenarios.enterFeedback("Trạm y tế đóng cửa sớm");
        String education = scenarios.enterFeedback("Trường học thu thêm tiền");
        long healthId = scenarios.feedbackOf(health);
        long educationId = scenarios.feedbackOf(education);
        String answer = scenarios.forwarded(health, "agency-health", "syt.vanthu");
        scenarios.forwarded(education, "agency-education", "sgd.vanthu");
        assertThat(http.rest("POST", "/task/" + answer + "/claim", "syt.vanthu", body("userId", "syt.vanthu")).status())
                .isEqualTo(204);
        Map<String, Object> healthBefore = scenarios.feedback(healthId);
        Map<String, Object> educationBefore = scenarios.feedback(educationId);

        Map<String, Object> rebinding = answerForm("Trạm y tế đã mở cửa đến 17 giờ.");
        rebinding.put("feedbackId", value(educationId, "Long"));
        Map<String, Object> otherAgency = answerForm("Trả lời thay cơ quan khác.");
        otherAgency.put("agencyGroup", value("agency-education"));
        Webapp tasklist = http.tasklist("syt.vanthu");

        Runnable unchanged = () -> {
            assertThat(scenarios.isOpen(answer)).as("the task stays open").isTrue();
            assertThat(scenarios.variable(health, "feedbackId").asLong()).isEqualTo(healthId);
            assertThat(scenarios.variable(health, "agencyGroup").asText()).isEqualTo("agency-health");
            assertThat(scenarios.feedback(healthId)).isEqualTo(healthBefore);
            assertThat(scenarios.feedback(educationId)).as("the other agency's feedback").isEqualTo(educationBefore);
        };
        refused(403, "không có trường «feedbackId»", unchanged,
                () -> http.rest("POST", "/task/" + answer + "/complete", "syt.vanthu", body("variables", rebinding)),
                () -> http.rest("POST", "/task/" + answer + "/submit-form", "syt.vanthu", body("variables", rebinding)),
                () -> tasklist.engine("POST", "/task/" + answer + "/submit-form", body("variables", rebinding)),
                () -> tasklist.engine("POST", "/task/" + answer + "/complete", body("variables", rebinding)));
        refused(403, "không có trường «agencyGroup»", unchanged,
                () -> http.rest("POST", "/task/" + answer + "/submit-form", "syt.vanthu", body("variables", otherAgency)));
        Map<String, Object> educationRecord = variables("feedbackId", value(educationId, "Long"));
        refused(403, "Không được ghi trực tiếp biến", unchanged,
                () -> http.rest("POST", "/task/" + answer + "/variables", "syt.vanthu", body("modifications", educationRecord)),
                () -> http.rest("PUT", "/task/" + answer + "/variables/feedbackId", "syt.vanthu", value(educationId, "Long")),
                () -> http.rest("PUT", "/task/" + answer + "/localVariables/feedbackId", "syt.vanthu", value(educationId, "Long")),
                () -> http.rest("POST", "/task/" + answer + "/localVariables", "syt.vanthu", body("modifications", educationRecord)),
                () -> tasklist.engine("POST", "/task/" + answer + "/variables", body("modifications", educationRecord)),
                () -> http.rest("POST", "/process-instance/" + health + "/variables", "syt.vanthu", body("modifications", educationRecord)),
                () -> http.rest("PUT", "/process-instance/" + health + "/variables/feedbackId", "syt.vanthu", value(educationId, "Long")),
                () -> http.rest("PUT", "/execution/" + health + "/localVariables/feedbackId", "syt.vanthu", value(educationId, "Long")));
        Map<String, Object> message = variables("messageName", "feedbackAnswered", "processInstanceId", health,
                "processVariables", educationRecord);
        Map<String, Object> signal = variables("name", "feedbackAnswered", "variables", educationRecord);
        refused(403, "Không được gửi kèm biến", unchanged,
                () -> http.rest("POST", "/message", "syt.vanthu", message),
                () -> http.rest("POST", "/signal", "syt.vanthu", signal),
                () -> tasklist.engine("POST", "/message", message));

        // the form's own fields still work; read-only fields sent back (as Tasklist does) change nothing
        Map<String, Object> form = answerForm("Trạm y tế đã mở cửa đến 17 giờ từ tuần này.");
        form.put("trackingCode", value("PA-00000-00000"));
        form.put("topicLabel", value("Đã sửa"));
        Response answered = tasklist.engine("POST", "/task/" + answer + "/submit-form", body("variables", form));
        assertThat(answered.status()).as("%s", answered).isEqualTo(204);
        Map<String, Object> after = scenarios.feedback(healthId);
        assertThat(after.get("status")).isEqualTo("UNDER_REVIEW");
        assertThat(after.get("answered_by")).isEqualTo("syt.vanthu");
        assertThat(after.get("answered_group")).isEqualTo("agency-health");
        assertThat(scenarios.variable(health, "trackingCode").asText()).startsWith("PA-").isNotEqualTo("PA-00000-00000");
        assertThat(scenarios.variable(health, "topicLabel").asText()).isNotEqualTo("Đã sửa");
        assertThat(scenarios.feedback(educationId)).isEqualTo(educationBefore);
    }

    @Test
    void aCollaboratorCannotEditAnotherCollaboratorsSubmissionThroughAnyDoor() {
        String lans = scenarios.submitContent("ctv.lan", "Lễ hội đua bò Bảy Núi");
        String minhs = scenarios.submitContent("ctv.minh", "Mùa nước nổi ở Tân Châu");
        long lanId = scenarios.submissionOf(lans);
        long minhId = scenarios.submissionOf(minhs);
        String revise = scenarios.returnedForRevision(lans);
        scenarios.returnedForRevision(minhs);
        Map<String, Object> lanBefore = scenarios.submission(lanId);
        Map<String, Object> minhBefore = scenarios.submission(minhId);

        Map<String, Object> rebinding = Scenarios.resubmission("Bài của người khác, sửa hộ");
        rebinding.put("submissionId", value(minhId, "Long"));
        Map<String, Object> routing = Scenarios.resubmission("Lễ hội đua bò Bảy Núi");
        routing.put("appraiserGroup", value("member-culture-society"));
        Webapp tasklist = http.tasklist("ctv.lan");

        Runnable unchanged = () -> {
            assertThat(scenarios.isOpen(revise)).as("the task stays open").isTrue();
            assertThat(scenarios.variable(lans, "submissionId").asLong()).isEqualTo(lanId);
            assertThat(scenarios.submission(lanId)).isEqualTo(lanBefore);
            assertThat(scenarios.submission(minhId)).as("the other collaborator's submission").isEqualTo(minhBefore);
        };
        refused(403, "không có trường «submissionId»", unchanged,
                () -> http.rest("POST", "/task/" + revise + "/complete", "ctv.lan", body("variables", rebinding)),
                () -> http.rest("POST", "/task/" + revise + "/submit-form", "ctv.lan", body("variables", rebinding)),
                () -> tasklist.engine("POST", "/task/" + revise + "/submit-form", body("variables", rebinding)),
                () -> tasklist.engine("POST", "/task/" + revise + "/complete", body("variables", rebinding)));
        refused(403, "không có trường «appraiserGroup»", unchanged,
                () -> http.rest("POST", "/task/" + revise + "/complete", "ctv.lan", body("variables", routing)));
        Map<String, Object> minhsRecord = variables("submissionId", value(minhId, "Long"));
        refused(403, "Không được ghi trực tiếp biến", unchanged,
                () -> http.rest("POST", "/task/" + revise + "/variables", "ctv.lan", body("modifications", minhsRecord)),
                () -> http.rest("PUT", "/task/" + revise + "/variables/submissionId", "ctv.lan", value(minhId, "Long")),
                () -> http.rest("PUT", "/task/" + revise + "/localVariables/submissionId", "ctv.lan", value(minhId, "Long")),
                () -> tasklist.engine("PUT", "/task/" + revise + "/variables/submissionId", value(minhId, "Long")),
                () -> http.rest("POST", "/process-instance/" + lans + "/variables", "ctv.lan", body("modifications", minhsRecord)),
                () -> http.rest("PUT", "/execution/" + lans + "/localVariables/submissionId", "ctv.lan", value(minhId, "Long")));
        refused(403, "Không được gửi kèm biến", unchanged,
                () -> http.rest("POST", "/message", "ctv.lan", variables("messageName", "revised",
                        "processInstanceId", lans, "processVariables", minhsRecord)));

        // the revision form's own fields still work
        Response resubmitted = tasklist.engine("POST", "/task/" + revise + "/submit-form",
                body("variables", Scenarios.resubmission("Lễ hội đua bò Bảy Núi năm nay")));
        assertThat(resubmitted.status()).as("%s", resubmitted).isEqualTo(204);
        Map<String, Object> after = scenarios.submission(lanId);
        assertThat(after.get("status")).isEqualTo("SUBMITTED");
        assertThat(after.get("title")).isEqualTo("Lễ hội đua bò Bảy Núi năm nay");
        assertThat(after.get("content_version")).isEqualTo(2);
        assertThat(scenarios.submission(minhId)).isEqualTo(minhBefore);
    }

    @Test
    void aStartCannotTakeOverAnExistingRecord() {
        String existing = scenarios.enterFeedback("Đèn đường hỏng");
        long existingId = scenarios.feedbackOf(existing);
        Map<String, Object> before = scenarios.feedback(existingId);
        String submission = scenarios.submitContent("ctv.minh", "Chợ nổi Long Xuyên");
        long submissionId = scenarios.submissionOf(submission);
        Map<String, Object> submissionBefore = scenarios.submission(submissionId);
        int instances = instances();

        Map<String, Object> takeOver = Scenarios.feedbackStartForm("Đèn đường hỏng");
        takeOver.put("feedbackId", value(existingId, "Long"));
        Map<String, Object> contentTakeOver = Scenarios.contentStartForm("Chợ nổi Long Xuyên");
        contentTakeOver.put("submissionId", value(submissionId, "Long"));
        Runnable unchanged = () -> {
            assertThat(instances()).as("no instance was started").isEqualTo(instances);
            assertThat(scenarios.feedback(existingId)).isEqualTo(before);
            assertThat(scenarios.submission(submissionId)).isEqualTo(submissionBefore);
        };
        refused(403, "không có trường «feedbackId»", unchanged,
                () -> http.rest("POST", "/process-definition/key/feedback-handling/submit-form", "ttth.an", body("variables", takeOver)),
                () -> http.rest("POST", "/process-definition/key/feedback-handling/start", "ttth.an", body("variables", takeOver)),
                () -> http.rest("POST", "/process-definition/key/feedback-handling/start", "ttth.an",
                        body("variables", variables("feedbackId", value(existingId, "Long")))),
                () -> http.tasklist("ttth.an").engine("POST", "/process-definition/key/feedback-handling/submit-form",
                        body("variables", takeOver)));
        refused(403, "không có trường «submissionId»", unchanged,
                () -> http.rest("POST", "/process-definition/key/content-approval/start", "ctv.lan",
                        body("variables", contentTakeOver)));

        // starting past the start event (its form and its checks) straight at a later step
        Map<String, Object> atPublication = variables("variables", contentTakeOver, "startInstructions",
                EngineHttp.list(variables("type", "startBeforeActivity", "activityId", "publishItem",
                        "variables", variables("submissionId", value(submissionId, "Long")))));
        Map<String, Object> atAnswer = variables("startInstructions", EngineHttp.list(variables("type",
                "startBeforeActivity", "activityId", "recordAgencyResponse", "variables",
                variables("feedbackId", value(existingId, "Long")))));
        refused(403, "Chỉ được khởi tạo quy trình từ sự kiện bắt đầu", unchanged,
                () -> http.rest("POST", "/process-definition/key/content-approval/start", "ctv.lan", atPublication),
                () -> http.rest("POST", "/process-definition/key/feedback-handling/start", "ttth.an", atAnswer));
    }

    @Test
    void everyStepChecksItsRecordIsBoundToItsOwnInstance() {
        // an administrator may still edit variables (Cockpit's repair tool); a rebinding that way is
        // refused by the process itself at its next step
        String health = scenarios.enterFeedback("Thiếu thuốc bảo hiểm y tế");
        String other = scenarios.enterFeedback("Bệnh viện quá tải");
        long healthId = scenarios.feedbackOf(health);
        long otherId = scenarios.feedbackOf(other);
        String answer = scenarios.forwarded(health, "agency-health", "syt.vanthu");
        scenarios.forwarded(other, "agency-health", "syt.vanthu");
        Map<String, Object> healthBefore = scenarios.feedback(healthId);
        Map<String, Object> otherBefore = scenarios.feedback(otherId);
        assertThat(http.rest("PUT", "/process-instance/" + health + "/variables/feedbackId", "demo",
                value(otherId, "Long")).status()).isEqualTo(204);

        Response refused = http.rest("POST", "/task/" + answer + "/submit-form", "syt.vanthu",
                body("variables", answerForm("Câu trả lời cho hồ sơ khác.")));
        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertThat(refused.message()).contains("Phản ánh #" + otherId + " không thuộc hồ sơ quy trình " + health);
        assertThat(scenarios.isOpen(answer)).isTrue();
        assertThat(scenarios.feedback(otherId)).isEqualTo(otherBefore);
        assertThat(scenarios.feedback(healthId)).isEqualTo(healthBefore);

        String lans = scenarios.submitContent("ctv.lan", "Bánh xèo Bảy Núi");
        String minhs = scenarios.submitContent("ctv.minh", "Gạo sạch Thoại Sơn");
        long minhId = scenarios.submissionOf(minhs);
        String revise = scenarios.returnedForRevision(lans);
        scenarios.returnedForRevision(minhs);
        Map<String, Object> minhBefore = scenarios.submission(minhId);
        assertThat(http.rest("PUT", "/process-instance/" + lans + "/variables/submissionId", "demo",
                value(minhId, "Long")).status()).isEqualTo(204);

        Response contentRefused = http.rest("POST", "/task/" + revise + "/submit-form", "ctv.lan",
                body("variables", Scenarios.resubmission("Sửa bài của người khác")));
        assertThat(contentRefused.status()).as("%s", contentRefused).isEqualTo(403);
        assertThat(contentRefused.message()).contains("Tin bài #" + minhId + " không thuộc hồ sơ quy trình " + lans);
        assertThat(scenarios.isOpen(revise)).isTrue();
        assertThat(scenarios.submission(minhId)).isEqualTo(minhBefore);
    }

    @Test
    void aServiceRefusesAUserWhoMayNotActOnTheRecord() {
        // the administrator passes the engine's authorization checks, not the services' own
        String health = scenarios.enterFeedback("Nước máy có mùi lạ");
        long healthId = scenarios.feedbackOf(health);
        String answer = scenarios.forwarded(health, "agency-health", "syt.vanthu");
        Map<String, Object> healthBefore = scenarios.feedback(healthId);

        Response notTheAgency = http.rest("POST", "/task/" + answer + "/submit-form", "demo",
                body("variables", answerForm("Trả lời thay cơ quan.")));
        assertThat(notTheAgency.status()).as("%s", notTheAgency).isEqualTo(403);
        assertThat(notTheAgency.message()).contains("Chỉ cơ quan được chuyển phản ánh");
        assertThat(scenarios.isOpen(answer)).isTrue();
        assertThat(scenarios.feedback(healthId)).isEqualTo(healthBefore);

        String lans = scenarios.submitContent("ctv.lan", "Đường hoa Xuân Long Xuyên");
        long lanId = scenarios.submissionOf(lans);
        String revise = scenarios.returnedForRevision(lans);
        Map<String, Object> lanBefore = scenarios.submission(lanId);

        Response notTheSubmitter = http.rest("POST", "/task/" + revise + "/submit-form", "demo",
                body("variables", Scenarios.resubmission("Sửa hộ người gửi")));
        assertThat(notTheSubmitter.status()).as("%s", notTheSubmitter).isEqualTo(403);
        assertThat(notTheSubmitter.message()).contains("Chỉ người gửi tin bài #" + lanId + " (ctv.lan)");
        assertThat(scenarios.isOpen(revise)).isTrue();
        assertThat(scenarios.submission(lanId)).isEqualTo(lanBefore);
    }

    static Map<String, Object> answerForm(String text) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("agencyResponse", value("answer"));
        form.put("agencyAnswer", value(text));
        return form;
    }

    int instances() {
        return jdbc.sql("SELECT COUNT(*) FROM act_hi_procinst").query(Integer.class).single();
    }

    /** Each door answers {@code status} with the message, and the check after each holds. */
    @SafeVarargs
    static void refused(int status, String message, Runnable unchanged, Supplier<Response>... doors) {
        for (int i = 0; i < doors.length; i++) {
            Response response = doors[i].get();
            assertThat(response.status()).as("door %d: %s", i + 1, response).isEqualTo(status);
            assertThat(response.message()).as("door %d", i + 1).contains(message);
            unchanged.run();
        }
    }
}
