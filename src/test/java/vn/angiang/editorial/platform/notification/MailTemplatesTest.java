package vn.angiang.editorial.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;

class MailTemplatesTest {

    final MailTemplates templates = new MailTemplates(new DefaultResourceLoader());

    @Test
    void placeholdersAreFilledAndAMissingValueRendersEmpty() {
        Map<String, Object> model = new HashMap<>();
        model.put("subject", "Lịch trực Tết");
        model.put("message", null);
        MailTemplates.RenderedMail mail = templates.render("generic", model);
        assertThat(mail.subject()).isEqualTo("[Ban Biên tập] Lịch trực Tết");
        assertThat(mail.body()).startsWith("Kính gửi ,\n").doesNotContain("{{").doesNotContain("}}");
    }

    @Test
    void datesAreShownInVietnamTimeWhateverTheServerZone() {
        Date lateEveningUtc = Date.from(Instant.parse("2025-04-29T18:15:00Z"));
        assertThat(MailTemplates.format(lateEveningUtc)).isEqualTo("30/04/2025 01:15");
        assertThat(MailTemplates.format(Instant.parse("2025-09-01T23:59:00Z"))).isEqualTo("02/09/2025 06:59");
        assertThat(MailTemplates.format(LocalDate.of(2025, 9, 2))).isEqualTo("02/09/2025");
        assertThat(MailTemplates.format(null)).isEmpty();
    }

    @Test
    void aValueCannotAddHeaderLinesToTheSubject() {
        MailTemplates.RenderedMail mail = templates.render("generic",
                Map.of("subject", "Tiêu đề\r\nBcc: ai-do@example.com"));
        assertThat(mail.subject()).isEqualTo("[Ban Biên tập] Tiêu đề Bcc: ai-do@example.com").doesNotContain("\n");
    }

    @Test
    void replacementTextIsTakenLiterally() {
        MailTemplates.RenderedMail mail = templates.render("generic", Map.of("message", "Giá: $1 \\ {{subject}}"));
        assertThat(mail.body()).contains("Giá: $1 \\ {{subject}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"khong-co-mau-nay", "../application", "Generic", ""})
    void anUnknownOrBadlyNamedTemplateIsRefusedInVietnamese(String name) {
        assertThatThrownBy(() -> templates.render(name, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mẫu thư");
    }

    @ParameterizedTest
    @ValueSource(strings = {"task-created", "request-outcome", "generic"})
    void shippedTemplatesUseOnlyValuesTheirCallersProvide(String name) {
        Map<String, Object> model = new HashMap<>();
        for (String key : new String[] {"recipientName", "taskName", "processName", "businessKey", "dueDate",
                "taskUrl", "itemTitle", "outcome", "outcomeComment", "subject", "message"}) {
            model.put(key, "«" + key + "»");
        }
        MailTemplates.RenderedMail mail = templates.render(name, model);
        assertThat(mail.subject()).startsWith("[Ban Biên tập] ").contains("«");
        assertThat(mail.body()).contains("Kính gửi «recipientName»,").doesNotContain("{{");
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        NotificationProperties p = new NotificationProperties(NotificationProperties.Mode.LOG, "a@b.vn", "",
                Duration.ofSeconds(5), 20, 10, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5),
                Duration.ofDays(90), "0 30 2 * * *");
        assertThat(p.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.backoffAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(p.backoffAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(p.backoffAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void onlyPlainAddressesAreAccepted() {
        assertThat(Outbox.isValidAddress("vanthu@syt.angiang.gov.vn")).isTrue();
        assertThat(Outbox.isValidAddress("Văn thư <vanthu@syt.angiang.gov.vn>")).isFalse();
        assertThat(Outbox.isValidAddress("a@b.vn, c@d.vn")).isFalse();
        assertThat(Outbox.isValidAddress("khong-co-a-cong")).isFalse();
        assertThat(Outbox.isValidAddress(" ")).isFalse();
        assertThat(Outbox.isValidAddress(null)).isFalse();
    }
}
