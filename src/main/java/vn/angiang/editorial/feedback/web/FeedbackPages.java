package vn.angiang.editorial.feedback.web;

import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.publishing.PlainTextHtml;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackValidator;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public HTML pages, Thymeleaf templates {@code templates/feedback/*.html} rendered on the server:
 * they work without JavaScript, in Vietnamese ({@code lang="vi"}), every field has its label, required
 * fields say so, and each error message stands next to its field ({@code aria-describedby},
 * {@code aria-invalid}) with a summary at the top that links to the fields. Every value is HTML-escaped
 * by the templates; the question and answer of a published case are paragraphs made by
 * {@link PlainTextHtml}. This class gives the templates their values only.
 */
@Component
class FeedbackPages {

    /** Why a form post was not taken (page {@code not-sent}). */
    enum NotSent {
        /** too many posts from one client: {@code seconds} to wait */
        TOO_MANY,
        NOT_A_FORM,
        /** over the size limit, {@code kilobytes} */
        TOO_LARGE,
        /** unreadable or over the limit without a declared length, {@code kilobytes} */
        UNREADABLE
    }

    /** Why a tracking code was not looked up or found (page {@code status}). */
    enum LookupProblem {
        /** too many lookups from one client: {@code seconds} to wait */
        TOO_MANY,
        MALFORMED,
        NOT_FOUND
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Map<String, Integer> MAX_LENGTHS = Map.of(
            "senderName", FeedbackValidator.MAX_NAME,
            "senderAddress", FeedbackValidator.MAX_ADDRESS,
            "senderPhone", FeedbackValidator.MAX_PHONE,
            "senderEmail", FeedbackValidator.MAX_EMAIL,
            "subject", FeedbackValidator.MAX_SUBJECT,
            "content", FeedbackValidator.MAX_CONTENT);

    private final ITemplateEngine engine;
    private final FeedbackCatalog catalog;

    FeedbackPages(ITemplateEngine engine, FeedbackCatalog catalog) {
        this.engine = engine;
        this.catalog = catalog;
    }

    /** The form, with what was sent and the message of each refused field ({@code InputRefused.errors()}). */
    String form(Map<String, String> values, Map<String, String> errors) {
        Context page = page();
        page.setVariable("values", values);
        page.setVariable("errors", errors);
        page.setVariable("max", MAX_LENGTHS);
        page.setVariable("topics", catalog.topics());
        page.setVariable("areas", catalog.areas());
        return engine.process("feedback/form", page);
    }

    String received(Feedback f) {
        Context page = page();
        page.setVariable("trackingCode", f.trackingCode());
        page.setVariable("byEmail", f.senderEmail() != null);
        return engine.process("feedback/received", page);
    }

    /** The lookup form; with the case found, or with why not (then {@code seconds} to wait, if it says so). */
    String status(String code, PublicStatus status, LookupProblem problem, long seconds) {
        Context page = page();
        page.setVariable("code", code);
        page.setVariable("status", status);
        page.setVariable("problem", problem == null ? null : code(problem));
        page.setVariable("seconds", seconds);
        if (status != null) {
            page.setVariable("receivedAt", format(status.receivedAt()));
            page.setVariable("lastProgressAt", format(status.lastProgressAt()));
            page.setVariable("publishedAt", format(status.publishedAt()));
            page.setVariable("questionHtml", PlainTextHtml.paragraphs(status.question()));
            page.setVariable("answerHtml", PlainTextHtml.paragraphs(status.answer()));
        }
        return engine.process("feedback/status", page);
    }

    /** Why a post was not taken; {@code amount} is the seconds to wait or the size limit in KB. */
    String notSent(NotSent problem, long amount) {
        Context page = page();
        page.setVariable("problem", code(problem));
        page.setVariable("seconds", amount);
        page.setVariable("kilobytes", amount);
        return engine.process("feedback/not-sent", page);
    }

    private static Context page() {
        return new Context(VIETNAMESE);
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String format(OffsetDateTime time) {
        return time == null ? null : BoardTime.DATE_TIME.format(time);
    }
}
