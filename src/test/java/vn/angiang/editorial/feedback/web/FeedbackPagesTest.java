package vn.angiang.editorial.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.angiang.editorial.feedback.Channel;
import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackAreas;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackForm;
import vn.angiang.editorial.platform.orgchart.OrgChartLoader;

/**
 * The public feedback pages ({@code templates/feedback/*.html}) rendered as the application renders them,
 * with values a hostile sender could give: markup, template syntax, quotes, line breaks, Vietnamese text.
 * Every value comes out as text (escaped), nothing of it becomes markup or is evaluated, every part of the
 * page gets its value, and the pages stay valid under the public pages' CSP (no script, no event handler).
 */
class FeedbackPagesTest {

    static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> ${T(java.lang.Runtime)"
            + ".getRuntime()} [[${errors}]] [(${values})] th:text=\"${x}\" |${x}| Đường ngập nước ở phường Long Xuyên\r\n"
            + "dòng hai";

    /** Tags and attributes the templates write; anything else in a page came from a value. */
    static final Set<String> OWN_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "a", "main", "h1", "h2",
            "h3", "p", "span", "div", "ul", "li", "form", "fieldset", "legend", "label", "input", "textarea", "select",
            "option", "button", "strong", "section", "dl", "dt", "dd", "br", "#root");
    static final Set<String> OWN_ATTRIBUTES = Set.of("lang", "charset", "name", "content", "id", "href", "class", "role",
            "tabindex", "method", "action", "accept-charset", "novalidate", "for", "aria-hidden", "type", "maxlength",
            "autocomplete", "required", "aria-required", "aria-describedby", "aria-invalid", "value", "rows", "selected",
            "aria-labelledby");
    /** Stand-in texts of the templates, replaced by a value when rendered. */
    static final List<String> STAND_INS = List.of("Nhãn", "Gợi ý", "Giá trị", "Lựa chọn", "PA-XXXXX-XXXXX", "Phản ánh chưa được gửi</h2>");

    final FeedbackPages pages = new FeedbackPages(engine(), catalog());

    /** As Spring Boot configures it: classpath:/templates/, .html, HTML mode, UTF-8. */
    static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    static FeedbackCatalog catalog() {
        return new FeedbackCatalog(List.of(new FeedbackCatalog.Option("health", "Y tế, an toàn thực phẩm"),
                new FeedbackCatalog.Option("other", "Khác <i>" + HOSTILE + "</i>")),
                FeedbackAreas.read(new ClassPathResource("feedback/areas.yaml")),
                new OrgChartLoader(new DefaultResourceLoader()).load(List.of("classpath:org-chart/org-chart.yaml")));
    }

    @Test
    void theFormGivesBackHostileValuesAndMessagesAsTextNextToTheirFields() {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : FeedbackForm.FIELDS) {
            values.put(field, HOSTILE + " " + field);
            errors.put(field, "Lỗi «" + field + "»: " + HOSTILE);
        }
        values.put("topic", "health");
        String html = pages.form(values, errors);
        Document page = checked(html);

        assertThat(html).contains("<html lang=\"vi\">", "<label for=\"senderName\">", "<select id=\"topic\"");
        assertThat(page.select(".loi-tong h2").text()).isEqualTo("Phản ánh chưa được gửi: có " + errors.size() + " mục cần sửa");
        assertThat(page.select(".loi-tong a")).hasSize(errors.size());
        for (String field : FeedbackForm.FIELDS) {
            Element control = page.getElementById(field);
            assertThat(control).as(field).isNotNull();
            Element message = page.getElementById(field + "-loi");
            assertThat(message).as("the message stands next to %s", field).isNotNull();
            assertThat(message.text()).isEqualTo("Lỗi: Lỗi «" + field + "»: " + HOSTILE.replaceAll("\\s+", " "));
            assertThat(control.attr("aria-invalid")).isEqualTo("true");
            assertThat(control.attr("aria-describedby").split(" ")).contains(field + "-loi");
            assertThat(page.select(".loi-tong a[href=#" + field + "]")).hasSize(1);
            assertThat(control.parent().hasClass("co-loi")).isTrue();
            assertThat(page.select("label[for=" + field + "]").text()).isNotBlank();
            if (control.tagName().equals("input")) {
                assertThat(control.attr("value")).isEqualTo(HOSTILE + " " + field);
            } else if (control.tagName().equals("textarea")) {
                assertThat(control.wholeText().replace("\r\n", "\n")).isEqualTo((HOSTILE + " " + field).replace("\r\n", "\n"));
            }
        }
        assertThat(page.select("#topic option[selected]").attr("value")).isEqualTo("health");
        assertThat(page.select("#area option[selected]")).isEmpty();
        assertThat(page.select("#content").attr("maxlength")).isEqualTo("10000");
        assertThat(page.getElementById("content-goi-y").text()).isEqualTo("Tối đa 10000 ký tự, văn bản thường (không dùng thẻ HTML).");
    }

    @Test
    void anEmptyFormMarksNothingWrongAndSaysWhatIsRequired() {
        Document page = checked(pages.form(Map.of(), Map.of()));
        assertThat(page.select(".loi-tong, .loi, [aria-invalid], .co-loi")).isEmpty();
        assertThat(page.select("[required]").eachAttr("id"))
                .containsExactly("senderName", "senderAddress", "topic", "area", "subject", "content");
        assertThat(page.select("label[for=senderName]").text()).isEqualTo("Họ và tên *(bắt buộc)");
        assertThat(page.getElementById("senderPhone").attr("aria-describedby")).isEqualTo("senderPhone-goi-y");
        assertThat(page.getElementById("senderName").hasAttr("aria-describedby")).isFalse();
        assertThat(page.select("#area option")).hasSizeGreaterThan(2);
        assertThat(page.select("form").attr("action")).isEqualTo("/public/feedback/form");
    }

    @Test
    void theConfirmationShowsTheCodeAsText() {
        String code = "PA-<b>\"x\"</b>";
        Document page = checked(pages.received(feedback(code, "mai@example.vn")));
        assertThat(page.select("strong.ma").text()).isEqualTo(code);
        assertThat(page.select("a[href^=/public/feedback/status?code=]").attr("href")).isEqualTo("/public/feedback/status?code=" + code);
        assertThat(page.select("[role=status]").text()).isEqualTo("Ban Biên tập đã tiếp nhận phản ánh, kiến nghị của Ông/Bà.");
        assertThat(page.text()).contains("Kết quả trả lời cũng được gửi về thư điện tử của Ông/Bà.");
        assertThat(checked(pages.received(feedback("PA-7K3MQ-9Q2XD", null))).text()).doesNotContain("thư điện tử");
    }

    @Test
    void aPublishedCaseShowsEveryFactAndItsTextAsParagraphs() {
        OffsetDateTime received = OffsetDateTime.of(2025, 4, 29, 18, 15, 0, 0, ZoneOffset.UTC);
        PublicStatus status = new PublicStatus("PA-7K3MQ-9Q2XD", "ANSWERED", HOSTILE + " tình trạng", received, "health",
                HOSTILE + " lĩnh vực", "long-xuyen", HOSTILE + " địa bàn", HOSTILE + " cơ quan", received.plusDays(1),
                HOSTILE + " lý do", HOSTILE + "\n\nĐoạn hai của câu hỏi", HOSTILE + "\r\n\r\nĐoạn hai\ncủa câu trả lời",
                received.plusDays(2));
        Document page = checked(pages.status(status.trackingCode(), status, null, 0));
        Map<String, String> facts = new LinkedHashMap<>();
        List<Element> terms = page.select("dt");
        for (Element term : terms) {
            facts.put(term.text(), term.nextElementSibling().text());
        }
        String shown = HOSTILE.replaceAll("\\s+", " ");
        assertThat(facts).containsExactly(
                Map.entry("Tình trạng", shown + " tình trạng"),
                Map.entry("Ngày tiếp nhận", "30/04/2025 01:15"),
                Map.entry("Lĩnh vực", shown + " lĩnh vực"),
                Map.entry("Địa bàn", shown + " địa bàn"),
                Map.entry("Cơ quan xử lý", shown + " cơ quan"),
                Map.entry("Cập nhật tiến độ", "01/05/2025 01:15 — đang xử lý"),
                Map.entry("Lý do, hướng dẫn", shown + " lý do"),
                Map.entry("Ngày trả lời", "02/05/2025 01:15"));
        assertThat(page.select("section p")).extracting(Element::text).containsExactly(
                shown, "Đoạn hai của câu hỏi", shown, "Đoạn hai của câu trả lời");
        assertThat(page.select("section p br")).hasSize(3);
        assertThat(page.getElementById("ket-qua").text()).isEqualTo("Phản ánh PA-7K3MQ-9Q2XD");
        assertThat(page.select("[aria-invalid], .loi")).isEmpty();
    }

    @Test
    void aCaseInProgressLeavesOutWhatItDoesNotHaveYet() {
        PublicStatus status = new PublicStatus("PA-7K3MQ-9Q2XD", "RECEIVED", "Đã tiếp nhận",
                OffsetDateTime.of(2025, 9, 1, 23, 59, 0, 0, ZoneOffset.UTC), "health", "Y tế", "long-xuyen",
                "phường Long Xuyên", null, null, null, null, null, null);
        Document page = checked(pages.status(status.trackingCode(), status, null, 0));
        assertThat(page.select("dt")).extracting(Element::text)
                .containsExactly("Tình trạng", "Ngày tiếp nhận", "Lĩnh vực", "Địa bàn");
        assertThat(page.select("h3")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FeedbackPages.LookupProblem.class)
    void aLookupThatFailsSaysWhyNextToTheCodeField(FeedbackPages.LookupProblem problem) {
        Document page = checked(pages.status(HOSTILE, null, problem, 42));
        Element message = page.getElementById("code-loi");
        assertThat(message.text()).startsWith("Lỗi: ").hasSizeGreaterThan("Lỗi: ".length() + 10);
        assertThat(page.getElementById("code").attr("value")).isEqualTo(HOSTILE);
        assertThat(page.getElementById("code").attr("aria-describedby")).isEqualTo("code-loi");
        assertThat(page.select("section")).isEmpty();
        if (problem == FeedbackPages.LookupProblem.TOO_MANY) {
            assertThat(message.text()).contains("sau 42 giây");
        }
    }

    @ParameterizedTest
    @EnumSource(FeedbackPages.NotSent.class)
    void aPostThatIsNotTakenSaysWhy(FeedbackPages.NotSent problem) {
        Document page = checked(pages.notSent(problem, 64));
        assertThat(page.title()).isEqualTo("Chưa gửi được — Cổng thông tin điện tử tỉnh An Giang");
        assertThat(page.select("[role=alert]").text()).hasSizeGreaterThan(20);
        if (problem == FeedbackPages.NotSent.TOO_LARGE || problem == FeedbackPages.NotSent.UNREADABLE) {
            assertThat(page.select("[role=alert]").text()).contains("tối đa 64 KB");
        }
    }

    /** The page has only its own tags and attributes, no script, nothing left of the templates' syntax. */
    static Document checked(String html) {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">").contains("<meta charset=\"UTF-8\">");
        assertThat(html).doesNotContain("<script", "<img", "<th:", "<!--");
        String withoutValues = html;
        for (String stripped : List.of(HtmlEscaped.of(HOSTILE), HtmlEscaped.of(HOSTILE.replace("\r\n", "\n")),
                HtmlEscaped.of(HOSTILE.substring(0, HOSTILE.indexOf('\r'))))) {
            withoutValues = withoutValues.replace(stripped, "");
        }
        assertThat(withoutValues).doesNotContain("${", "[[", "[(", "|").doesNotContainPattern("\\sth:[a-z]");
        STAND_INS.forEach(standIn -> assertThat(html).doesNotContain(standIn));
        Document page = Jsoup.parse(html);
        List<String> foreign = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            if (!OWN_TAGS.contains(e.tagName())) {
                foreign.add(e.tagName());
            }
            for (Attribute a : e.attributes()) {
                if (!OWN_ATTRIBUTES.contains(a.getKey()) || a.getValue().startsWith("javascript:")) {
                    foreign.add(e.tagName() + "@" + a.getKey());
                }
            }
        }
        assertThat(foreign).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.title()).endsWith(" — Cổng thông tin điện tử tỉnh An Giang");
        return page;
    }

    static Feedback feedback(String code, String email) {
        return new Feedback(1, code, null, Channel.WEB, null, "Trần Thị Mai", "45 Lê Lợi", null, email, "Tiêu đề",
                "Nội dung", "health", "long-xuyen", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** The text as the templates escape it. */
    static final class HtmlEscaped {
        static String of(String text) {
            return org.unbescape.html.HtmlEscape.escapeHtml4Xml(text);
        }
    }
}
