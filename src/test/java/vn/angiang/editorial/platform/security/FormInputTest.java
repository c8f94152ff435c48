package vn.angiang.editorial.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** What each form lets a person send, read from the form files the application deploys. */
class FormInputTest {

    static FormInput form(String id) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("forms", id + ".form"))) {
            return FormInput.parse(in);
        }
    }

    @Test
    void aGroupWithAPathIsOneVariableEditableWhenAnyOfItsFieldsIs() throws IOException {
        FormInput appraise = form("content-appraise");
        assertThat(appraise.formId()).isEqualTo("content-appraise");
        assertThat(appraise.editable()).containsExactlyInAnyOrder("content", "appraisalDecision", "appraisalComment");
        assertThat(appraise.readOnly()).containsExactlyInAnyOrder("contentType", "field", "urgency", "vetComment",
                "headComment");

        FormInput head = form("content-head-approval");
        assertThat(head.editable()).containsExactlyInAnyOrder("headDecision", "headComment");
        assertThat(head.readOnly()).contains("content", "appraisalComment");
    }

    @Test
    void startFormsDeclareTheirFieldsAndNothingTheProcessSetsItself() throws IOException {
        FormInput submission = form("content-submission");
        assertThat(submission.editable()).containsExactlyInAnyOrder("content", "contentType", "field", "urgency",
                "requestedPublicationDate", "sourceAgency", "contributors", "enteredFor");
        assertThat(submission.declares("requesterId")).isFalse();
        assertThat(submission.declares("submissionId")).isFalse();

        FormInput intake = form("feedback-intake");
        assertThat(intake.editable()).containsExactlyInAnyOrder("channel", "senderName", "senderAddress", "senderPhone",
                "senderEmail", "topic", "area", "subject", "content");
        assertThat(intake.declares("feedbackId")).isFalse();
    }

    @Test
    void shownValuesAreReadOnlyAndTheRecordKeysAreNotDeclared() throws IOException {
        FormInput answer = form("feedback-answer");
        assertThat(answer.editable()).containsExactlyInAnyOrder("agencyResponse", "agencyAnswer");
        assertThat(answer.readOnly()).contains("trackingCode", "answerDue", "reviewComment");
        assertThat(answer.declares("feedbackId")).isFalse();
        assertThat(answer.declares("agencyGroup")).isFalse();

        assertThat(form("feedback-classify").editable()).contains("classification", "agencyGroup");
    }
}
