package vn.angiang.editorial.platform.notification;

import vn.angiang.editorial.platform.process.BoardTime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * The e-mail templates, {@code classpath:templates/mail/<name>.txt}, rendered by Thymeleaf in its TEXT
 * mode: plain-text mails, in Vietnamese.
 * <p>
 * A template file is its subject line, {@code Subject: ...}, then the body (blank lines between the two
 * are dropped). Both are Thymeleaf text: a value is written {@code [(${name})]}, a condition
 * {@code [# th:if="${...}"]...[/]}. Values are written as they are (a plain-text mail has nothing to
 * escape; {@code [[...]]} would HTML-escape and is not used); what a value contains is never read as
 * template syntax. The subject is rendered on its own and made one line: line breaks and other control
 * characters in a value become a space, so no value can add a header line; it is cut at
 * {@value #MAX_SUBJECT_LENGTH} characters.
 * <p>
 * A missing value is an error, not a blank: an expression of the template that comes out null (the
 * model has no such value, or it is null) makes {@link #render} throw {@link MissingValue}, naming it.
 * A value that may be missing has its fallback written in the template: {@code [(${dueDate ?: 'không
 * quy định'})]} (an empty text takes the fallback too) or {@code [# th:if="${assignee != null}"]}. All
 * the values a template misses are named at once.
 * <p>
 * Dates ({@link Date}, {@link Instant}, {@link ZonedDateTime}, {@link OffsetDateTime},
 * {@link LocalDateTime}) given in the model render as {@code dd/MM/yyyy HH:mm} in the board's time zone
 * (a {@link LocalDate} as {@code dd/MM/yyyy}), whatever the server's zone: {@link BoardTime}.
 */
@Component
public class MailTemplates {

    public static final String LOCATION = "classpath:templates/mail/";
    public static final int MAX_SUBJECT_LENGTH = 500;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern SUBJECT_LINE = Pattern.compile("^Subject:[ \\t]*(.*)$");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String SUBJECT = "subject";
    private static final String BODY = "body";

    private final ResourceLoader resources;
    private final ConcurrentMap<String, Template> templates = new ConcurrentHashMap<>();
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates(ResourceLoader resources) {
        this.resources = resources;
        engine.setDialect(new RequiredValues());
        engine.setTemplateResolver(new PartResolver());
    }

    /** A message ready to be stored: one-line subject, plain-text body. */
    public record RenderedMail(String subject, String body) {
    }

    /** Values the template needs and the model does not give (absent or null). */
    public static class MissingValue extends IllegalArgumentException {

        private final String template;
        private final List<String> expressions;

        MissingValue(String template, Map<String, List<String>> missingByPart) {
            super("Mẫu thư \"" + template + "\" cần giá trị " + missingByPart.entrySet().stream()
                    .flatMap(part -> part.getValue().stream().map(e -> "${" + e + "} ở "
                            + (SUBJECT.equals(part.getKey()) ? "dòng tiêu đề" : "nội dung")))
                    .collect(Collectors.joining(", "))
                    + " nhưng không được cho (thiếu hoặc null); giá trị không bắt buộc phải có giá trị thay thế "
                    + "viết trong mẫu, ví dụ ${tên ?: '...'}");
            this.template = template;
            this.expressions = missingByPart.values().stream().flatMap(List::stream).distinct().toList();
        }

        public String template() {
            return template;
        }

        /** The expressions without a value, as written in the template ({@code dueDate}). */
        public List<String> expressions() {
            return expressions;
        }
    }

    /**
     * Renders template {@code name} with {@code model}.
     *
     * @throws MissingValue              when a value the template needs is not in the model
     * @throws IllegalArgumentException for an unknown, badly named or malformed template
     */
    public RenderedMail render(String name, Map<String, ?> model) {
        templates.computeIfAbsent(checkName(name), this::load);
        Context context = new Context(VIETNAMESE);
        if (model != null) {
            model.forEach((key, value) -> context.setVariable(key, valueOf(value)));
        }
        Map<String, List<String>> missing = new LinkedHashMap<>();
        String subject = LINE_BREAKS.matcher(process(name, SUBJECT, context, missing)).replaceAll(" ").strip();
        String body = process(name, BODY, context, missing);
        if (!missing.isEmpty()) {
            throw new MissingValue(name, missing);
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            subject = subject.substring(0, MAX_SUBJECT_LENGTH - 1) + "…";
        }
        return new RenderedMail(subject, body);
    }

    /** The text a date renders as (see the class comment); any other value as its text, null as nothing. */
    public static String format(Object value) {
        return value == null ? "" : valueOf(value).toString();
    }

    private static Object valueOf(Object value) {
        if (value == null || value instanceof String) {
            return value;
        }
        if (value instanceof Date date) {
            return BoardTime.DATE_TIME.format(date.toInstant());
        }
        if (value instanceof Instant instant) {
            return BoardTime.DATE_TIME.format(instant);
        }
        if (value instanceof ZonedDateTime zoned) {
            return BoardTime.DATE_TIME.format(zoned.toInstant());
        }
        if (value instanceof OffsetDateTime offset) {
            return BoardTime.DATE_TIME.format(offset.toInstant());
        }
        if (value instanceof LocalDateTime local) {
            return BoardTime.DATE_TIME.format(local);
        }
        if (value instanceof LocalDate day) {
            return BoardTime.DATE.format(day);
        }
        return value;
    }

    private String process(String name, String part, Context context, Map<String, List<String>> missing) {
        List<String> unset = new ArrayList<>();
        context.setVariable(RequiredValues.MISSING, unset);
        try {
            return engine.process(name + "/" + part, context);
        } catch (TemplateProcessingException e) {
            throw new IllegalArgumentException("Mẫu thư \"" + name + "\" không dựng được: " + e.getMessage(), e);
        } finally {
            context.removeVariable(RequiredValues.MISSING);
            if (!unset.isEmpty()) {
                missing.put(part, unset);
            }
        }
    }

    private static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Tên mẫu thư không hợp lệ: \"" + name
                    + "\" (chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang)");
        }
        return name;
    }

    private Template load(String name) {
        Resource resource = resources.getResource(LOCATION + name + ".txt");
        if (!resource.exists()) {
            throw new IllegalArgumentException("Không có mẫu thư \"" + name + "\" (templates/mail/" + name + ".txt)");
        }
        String text;
        try (InputStream in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được mẫu thư \"" + name + "\"", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int eol = text.indexOf('\n');
        Matcher subject = SUBJECT_LINE.matcher(eol < 0 ? text : text.substring(0, eol));
        if (!subject.matches()) {
            throw new IllegalArgumentException("Mẫu thư \"" + name + "\" phải bắt đầu bằng dòng \"Subject: ...\"");
        }
        String body = eol < 0 ? "" : text.substring(eol + 1);
        while (body.startsWith("\n")) {
            body = body.substring(1);
        }
        return new Template(subject.group(1), body);
    }

    private record Template(String subject, String body) {
    }

    /** Serves {@code <name>/subject} and {@code <name>/body} from the loaded files; parsed once, then cached. */
    private final class PartResolver extends AbstractTemplateResolver {

        @Override
        protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                String template, Map<String, Object> attributes) {
            int slash = template.lastIndexOf('/');
            Template loaded = slash < 0 ? null : templates.get(template.substring(0, slash));
            if (loaded == null) {
                return null;
            }
            return new StringTemplateResource(SUBJECT.equals(template.substring(slash + 1)) ? loaded.subject() : loaded.body());
        }

        @Override
        protected TemplateMode computeTemplateMode(IEngineConfiguration configuration, String ownerTemplate,
                String template, Map<String, Object> attributes) {
            return TemplateMode.TEXT;
        }

        @Override
        protected ICacheEntryValidity computeValidity(IEngineConfiguration configuration, String ownerTemplate,
                String template, Map<String, Object> attributes) {
            return AlwaysValidCacheEntryValidity.INSTANCE;
        }
    }
}
