package vn.angiang.editorial.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every mail template of {@code templates/mail/}, rendered with values a hostile or careless caller could
 * give: markup, template syntax, line breaks meant to add a header, Vietnamese text. Values come out as
 * they are (plain text), never read as template syntax; subjects stay one line; a value a template needs
 * and does not get is an error naming it, unless the template writes its own fallback for it.
 */
class MailTemplateFilesTest {

    final MailTemplates templates = new MailTemplates(new DefaultResourceLoader());

    /** Every value any template uses. */
    static final List<String> KEYS = List.of("recipientName", "trackingCode", "subject", "topic", "area", "answeredBy",
            "answer", "reason", "statusUrl", "agency", "forwardedAt", "answerDue", "tasklistUrl", "message", "itemTitle",
            "processName", "businessKey", "outcome", "outcomeComment", "taskName", "dueDate", "taskUrl", "itemKey", "due",
            "assignee", "lastCoveredYear", "nextYear", "months", "requiredUntil", "holidayFile", "count", "adminUrl",
            "told", "takesOver", "slip", "slipUrl", "answerDays", "meetingTitle", "kindLabel", "meetingTime", "place",
            "chair", "agenda", "symbol", "documentsUrl", "replyDue", "names", "about");

    /** The values a template may go without, because it writes what stands in their place. */
    static final Map<String, Set<String>> OPTIONAL = Map.of(
            "generic", Set.of("recipientName", "subject", "message"),
            "task-created", Set.of("businessKey", "dueDate"),
            "request-outcome", Set.of("recipientName", "businessKey", "outcomeComment"),
            "feedback-reminder", Set.of("forwardedAt", "answerDue"),
            "feedback-overdue", Set.of("forwardedAt", "answerDue"),
            "content-escalation", Set.of("assignee"),
            "meeting-invitation", Set.of("replyDue"));

    /** A model from keys and values in turn; a value may be null. */
    static Map<String, Object> model(Object... keysAndValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return model;
    }

    static String hostile(String key) {
        return "<b onclick=\"x()\">«" + key + "» Đường ngập nước</b> & ${T(java.lang.Runtime).getRuntime().exit(1)} "
                + "[[${" + key + "}]] [(${" + key + "})] [# th:text=\"${" + key + "}\"/] {{" + key + "}}\r\n"
                + "Bcc: ke-xau-" + key + "@example.com\nX-Injected: yes";
    }

    static Map<String, Object> hostileModel() {
        Map<String, Object> model = new HashMap<>();
        KEYS.forEach(key -> model.put(key, hostile(key)));
        model.put("candidateGroups", List.of(hostile("group1"), hostile("group2")));
        model.put("groups", List.of(hostile("emptyGroup1"), hostile("emptyGroup2")));
        return model;
    }

    static List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/mail/*.txt")) {
            names.add(r.getFilename().replaceFirst("\\.txt$", ""));
        }
        assertThat(names).contains("generic", "task-created", "request-outcome", "content-reminder", "content-escalation",
                "feedback-answered", "feedback-not-accepted", "feedback-reminder", "feedback-overdue",
                "holiday-table-ending", "empty-task-groups");
        return names;
    }

    @ParameterizedTest
    @MethodSource("names")
    void hostileValuesComeOutAsPlainTextAndTheSubjectStaysOneLine(String name) {
        Map<String, Object> model = hostileModel();
        MailTemplates.RenderedMail mail = templates.render(name, model);

        assertThat(mail.subject()).doesNotContain("\r", "\n").isNotBlank();
        assertThat(mail.subject().length()).isLessThanOrEqualTo(MailTemplates.MAX_SUBJECT_LENGTH);
        // the template's own text, with every value taken out, has no template syntax left
        String own = mail.body();
        String ownSubject = mail.subject();
        for (Object value : model.values()) {
            for (String v : value instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of(value.toString())) {
                own = own.replace(v, "");
                ownSubject = ownSubject.replace(v.replaceAll("[\\r\\n]+", " "), "");
            }
        }
        for (String text : List.of(own, ownSubject)) {
            assertThat(text).doesNotContain("${", "[(", "[[", "[#", "[/]", "th:", "{{", "<", "&", "X-Injected");
        }
        assertThat(mail.body()).as("values are written as they are, not escaped").doesNotContain("&lt;", "&amp;", "&#");
        assertThat(mail.body()).contains("Trân trọng.", "vui lòng không trả lời thư này");
        // a value inside the subject cannot open a header line
        if (mail.subject().contains("Bcc:")) {
            assertThat(mail.subject()).doesNotStartWith("Bcc:").contains(" Bcc: ke-xau-");
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyValueATemplateShowsIsRequiredUnlessTheTemplateWritesItsFallback(String name) {
        Map<String, Object> model = hostileModel();
        MailTemplates.RenderedMail full = templates.render(name, model);
        String shown = full.subject() + "\n" + full.body();
        Map<String, String> silent = new TreeMap<>();
        for (String key : KEYS) {
            if (!shown.contains("«" + key + "»")) {
                continue;
            }
            Map<String, Object> without = new HashMap<>(model);
            without.remove(key);
            Throwable missing = catchThrowable(() -> templates.render(name, without));
            Map<String, Object> nulled = new HashMap<>(model);
            nulled.put(key, null);
            Throwable nullValue = catchThrowable(() -> templates.render(name, nulled));
            if (OPTIONAL.getOrDefault(name, Set.of()).contains(key)) {
                assertThat(missing).as("%s: %s has a fallback", name, key).isNull();
                assertThat(nullValue).as("%s: %s has a fallback", name, key).isNull();
                continue;
            }
            for (Throwable t : new Throwable[] {missing, nullValue}) {
                if (t == null) {
                    silent.put(key, "rendered without it");
                } else {
                    assertThat(t).isInstanceOf(MailTemplates.MissingValue.class)
                            .hasMessageContaining("Mẫu thư \"" + name + "\"").hasMessageContaining(key);
                    assertThat(((MailTemplates.MissingValue) t).expressions()).anySatisfy(e -> assertThat(e).contains(key));
                }
            }
        }
        assertThat(silent).as("values %s left blank without a word", name).isEmpty();
    }

    @Test
    void aMissingValueNamesTheTemplateAndTheValue() {
        Map<String, Object> model = hostileModel();
        model.remove("taskUrl");
        assertThatThrownBy(() -> templates.render("task-created", model))
                .isInstanceOf(MailTemplates.MissingValue.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Mẫu thư \"task-created\" cần giá trị ${taskUrl} ở nội dung");
        model.put("taskUrl", "https://bbt.angiang.gov.vn/");
        model.remove("taskName");
        assertThatThrownBy(() -> templates.render("task-created", model))
                .hasMessageContaining("${taskName} ở dòng tiêu đề");
    }

    @Test
    void fallbacksAndDatesAreWrittenByTheTemplate() {
        Map<String, Object> model = model("recipientName", "Ngô Thành An", "taskName", "Kiểm duyệt tin bài",
                "processName", "Duyệt tin bài", "taskUrl", "https://bbt.angiang.gov.vn/t/1", "businessKey", null);
        MailTemplates.RenderedMail none = templates.render("task-created", model);
        assertThat(none.body()).contains("Hồ sơ:      (không có)", "Hạn xử lý:  không quy định");

        model.put("businessKey", "TB-7");
        model.put("dueDate", Date.from(Instant.parse("2025-05-20T17:30:00Z")));
        MailTemplates.RenderedMail due = templates.render("task-created", model);
        assertThat(due.body()).contains("Hồ sơ:      TB-7", "Hạn xử lý:  21/05/2025 00:30");
    }

    @Test
    void anEscalationNamesTheAssigneeOrElseTheGroups() {
        Map<String, Object> model = model("recipientName", "Phó Trưởng ban", "taskName", "Thẩm định",
                "itemTitle", "Khánh thành cầu", "itemKey", "TB-1", "due", "17:00 ngày 05/12/2026", "taskUrl", "https://bbt/t/1",
                "assignee", null, "candidateGroups", List.of("member-economy", "member-legal"),
                "told", "Phó Trưởng ban (Phó Giám đốc Sở phụ trách CNTT)", "takesOver", true);
        assertThat(templates.render("content-escalation", model).body())
                .contains("đã quá hạn từ 17:00 ngày 05/12/2026 (nhóm xử lý: member-economy, member-legal).",
                        "Việc đã được báo đến: Phó Trưởng ban (Phó Giám đốc Sở phụ trách CNTT).",
                        "đã vào danh sách công việc của người nhận thư này");
        model.put("takesOver", false);
        assertThat(templates.render("content-escalation", model).body())
                .as("a head's task stays the head's: nobody is told it is now theirs")
                .doesNotContain("danh sách công việc của người nhận");
        model.put("assignee", "tv.kinhte");
        assertThat(templates.render("content-escalation", model).body())
                .contains("(người đang xử lý: tv.kinhte).");
    }

    @Test
    void theDataAlertsNameWhatIsMissing() {
        MailTemplates.RenderedMail holidays = templates.render("holiday-table-ending", model("recipientName", "Quản trị",
                "lastCoveredYear", "2027", "nextYear", "2028", "months", "12",
                "requiredUntil", java.time.LocalDate.of(2028, 6, 30), "holidayFile", "class path resource [calendar/holidays.yaml]"));
        assertThat(holidays.subject()).isEqualTo("[Ban Biên tập] Cần bổ sung năm 2028 vào bảng ngày nghỉ lễ, Tết");
        assertThat(holidays.body()).contains("chỉ có đến hết năm 2027, chưa đủ 12 tháng tới (đến ngày 30/06/2028)", "Điều 112", "calendar/holidays.yaml");

        MailTemplates.RenderedMail groups = templates.render("empty-task-groups", model("recipientName", "Ngô Thành An",
                "count", "2", "groups", List.of("Sở Tư pháp (agency-justice, mới)", "UBND xã Chợ Mới (commune-cho-moi)"),
                "adminUrl", "https://bbt/camunda/app/admin/default/#/groups"));
        assertThat(groups.subject()).isEqualTo("[Ban Biên tập] 2 nhóm nhận việc chưa có người xử lý");
        assertThat(groups.body()).contains("  - Sở Tư pháp (agency-justice, mới)\n  - UBND xã Chợ Mới (commune-cho-moi)\n",
                "https://bbt/camunda/app/admin/default/#/groups");
    }

    @Test
    void aSubjectIsCutToWhatTheOutboxHolds() {
        MailTemplates.RenderedMail mail = templates.render("generic", Map.of("subject", "Đ".repeat(2000)));
        assertThat(mail.subject()).hasSize(MailTemplates.MAX_SUBJECT_LENGTH).endsWith("…");
    }
}
