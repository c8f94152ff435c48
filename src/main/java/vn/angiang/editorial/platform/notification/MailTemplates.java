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
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The e-mail templates under {@code classpath:mail-templates/<name>.txt}: the first line is
 * {@code Subject: ...}, the rest is the plain-text body; {@code {{name}}} is replaced by the model's
 * value (a missing or null value renders as nothing). Dates render as {@code dd/MM/yyyy HH:mm} in
 * Vietnam's time zone, whatever the server's default.
 */
@Component
public class MailTemplates {

    public static final String LOCATION = "classpath:mail-templates/";
    public static final int MAX_SUBJECT_LENGTH = 500;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final Pattern SUBJECT_LINE = Pattern.compile("^Subject:[ \\t]*(.*)$");

    private final ResourceLoader resources;
    private final ConcurrentMap<String, Template> cache = new ConcurrentHashMap<>();

    public MailTemplates(ResourceLoader resources) {
        this.resources = resources;
    }

    /** A message ready to be stored: one-line subject, plain-text body. */
    public record RenderedMail(String subject, String body) {
    }

    /** Renders template {@code name} with {@code model}; an unknown or malformed template is an {@link IllegalArgumentException}. */
    public RenderedMail render(String name, Map<String, ?> model) {
        Template template = cache.computeIfAbsent(checkName(name), this::load);
        Map<String, ?> values = model == null ? Map.of() : model;
        String subject = fill(template.subject(), values).replaceAll("[\\r\\n\\t]+", " ").strip();
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            subject = subject.substring(0, MAX_SUBJECT_LENGTH - 1) + "…";
        }
        return new RenderedMail(subject, fill(template.body(), values));
    }

    /** The text a model value renders as. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return BoardTime.DATE_TIME.format(date.toInstant().atZone(BoardTime.ZONE));
        }
        if (value instanceof Instant instant) {
            return BoardTime.DATE_TIME.format(instant.atZone(BoardTime.ZONE));
        }
        if (value instanceof ZonedDateTime zoned) {
            return BoardTime.DATE_TIME.format(zoned.withZoneSameInstant(BoardTime.ZONE));
        }
        if (value instanceof OffsetDateTime offset) {
            return BoardTime.DATE_TIME.format(offset.atZoneSameInstant(BoardTime.ZONE));
        }
        if (value instanceof LocalDateTime local) {
            return BoardTime.DATE_TIME.format(local);
        }
        if (value instanceof LocalDate day) {
            return BoardTime.DATE.format(day);
        }
        return value.toString();
    }

    private static String fill(String text, Map<String, ?> model) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(format(model.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
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
            throw new IllegalArgumentException("Không có mẫu thư \"" + name + "\" (mail-templates/" + name + ".txt)");
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
        String first = eol < 0 ? text : text.substring(0, eol);
        Matcher subject = SUBJECT_LINE.matcher(first);
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
}
