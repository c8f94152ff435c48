package vn.angiang.editorial.platform.papers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import vn.angiang.editorial.platform.notification.RequiredValues;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The wording of the papers: {@code <name>.txt} from the first of {@code editorial.papers.template-locations}
 * that has it (the shipped ones are in {@code templates/documents/}), so an administrator can replace a
 * text without a release. The frame of every paper (issuing body, motto, number, date, recipients,
 * signature) is {@link PaperLayout}'s; a template holds only what the paper says.
 * <p>
 * A template is Thymeleaf text, as the mail templates are: a value is written {@code [(${name})]}, a
 * condition {@code [# th:if="${...}"]...[/]}. Its first line may be the abstract, {@code Trích yếu: ...};
 * every further line that is not blank is one paragraph of the body. In the model,
 * <ul>
 * <li>a {@link PaperTable} or a {@link PaperImage} written alone on its line ({@code [(${statement})]}) is a table
 * or a picture there;</li>
 * <li>a collection is written one item a line, so one paragraph each (conclusions, tasks); its tables and pictures
 * each stand where they are in it (a report's headings, tables and charts);</li>
 * <li>a {@link LocalDate} is written {@code dd/MM/yyyy}.</li>
 * </ul>
 * A value the template uses and the model lacks is an error naming it; an optional one has its fallback
 * in the template: {@code [(${documents ?: 'gửi kèm'})]}.
 */
@Component
class PaperTemplates {

    static final String SHIPPED = "classpath:templates/documents/";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final String TITLE = "Trích yếu:";
    /** marks where a table stands: a private-use character, never in a person's text */
    private static final char TABLE = '\uE000';
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ResourceLoader resources;
    private final List<String> locations;
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    @Autowired
    PaperTemplates(ResourceLoader resources, PaperSettings settings) {
        this(resources, settings.templateLocations());
    }

    PaperTemplates(ResourceLoader resources, List<String> locations) {
        this.resources = resources;
        this.locations = locations.stream().map(l -> l.endsWith("/") ? l : l + "/").toList();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCacheable(false);
        engine.setTemplateResolver(resolver);
        engine.setDialect(new RequiredValues());
    }

    /**
     * The wording of template {@code name} with the values of {@code model}.
     *
     * @throws IllegalArgumentException for an unknown or malformed template, a value it needs and the model
     *                                  lacks, or a table that does not stand alone on its line
     */
    PaperText render(String name, Map<String, ?> model) {
        String source = load(name);
        Map<String, PaperBlock> tables = new HashMap<>();
        Context context = new Context(VIETNAMESE);
        model.forEach((key, value) -> context.setVariable(key, value(key, value, tables)));
        List<String> missing = new ArrayList<>();
        context.setVariable(RequiredValues.MISSING, missing);

        String title = null;
        String body = source;
        if (source.startsWith(TITLE)) {
            int eol = source.indexOf('\n');
            body = eol < 0 ? "" : source.substring(eol + 1);
            title = process(name, source.substring(TITLE.length(), eol < 0 ? source.length() : eol), context)
                    .replaceAll("\\s+", " ").strip();
        }
        List<PaperBlock> blocks = blocks(name, process(name, body, context), tables);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Mẫu văn bản \"" + name + "\" cần giá trị "
                    + missing.stream().distinct().map(e -> "${" + e + "}").collect(Collectors.joining(", "))
                    + " nhưng không được cho (thiếu hoặc null); giá trị không bắt buộc phải có giá trị thay thế "
                    + "viết trong mẫu, ví dụ ${tên ?: '...'}");
        }
        return new PaperText(title == null || title.isEmpty() ? null : title, blocks);
    }

    private String process(String name, String template, Context context) {
        try {
            return engine.process(template, context);
        } catch (TemplateProcessingException e) {
            throw new IllegalArgumentException("Mẫu văn bản \"" + name + "\" không dựng được: " + e.getMessage(), e);
        }
    }

    private static Object value(String key, Object value, Map<String, PaperBlock> tables) {
        if (value instanceof PaperTable || value instanceof PaperImage) {
            tables.put(key, (PaperBlock) value);
            return TABLE + key + TABLE;
        }
        if (value instanceof Collection<?> items) {
            List<String> lines = new ArrayList<>();
            for (Object item : items) {
                lines.add(item instanceof PaperTable || item instanceof PaperImage
                        ? String.valueOf(value(key + "#" + lines.size(), item, tables)) : String.valueOf(item));
            }
            return String.join("\n", lines);
        }
        if (value instanceof LocalDate date) {
            return BoardTime.DATE.format(date);
        }
        return value;
    }

    private static List<PaperBlock> blocks(String name, String text, Map<String, PaperBlock> tables) {
        List<PaperBlock> blocks = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String paragraph = line.strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            if (paragraph.indexOf(TABLE) < 0) {
                blocks.add(new PaperBlock.Paragraph(paragraph));
                continue;
            }
            PaperBlock table = paragraph.length() > 2 && paragraph.charAt(0) == TABLE
                    && paragraph.indexOf(TABLE, 1) == paragraph.length() - 1
                    ? tables.get(paragraph.substring(1, paragraph.length() - 1)) : null;
            if (table == null) {
                throw new IllegalArgumentException("Mẫu văn bản \"" + name + "\": một bảng phải đứng riêng một dòng (một hình cũng vậy), "
                        + "không lẫn với chữ: \"" + paragraph.replace(TABLE, '¦') + "\"");
            }
            blocks.add(table);
        }
        return blocks;
    }

    private String load(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Tên mẫu văn bản không hợp lệ: \"" + name
                    + "\" (chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang)");
        }
        for (String location : locations) {
            Resource resource = resources.getResource(location + name + ".txt");
            if (resource.exists()) {
                try (InputStream in = resource.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException("Không đọc được mẫu văn bản " + resource.getDescription(), e);
                }
            }
        }
        throw new IllegalArgumentException("Không có mẫu văn bản \"" + name + ".txt\" ở " + locations);
    }
}
