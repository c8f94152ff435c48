package vn.angiang.editorial.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads back every text the application stored and later shows — the records of both processes, the
 * public feed, the audit trails, the engine's task comments and the values of process variables
 * (what the Tasklist forms show) — and finds what would be active in a browser.
 *
 * <ul>
 * <li>Plain text (titles, names, comments, reasons, answers): no markup at all, i.e. no {@code <}
 * followed by a letter, {@code /}, {@code !} or {@code ?} — where a browser starts a tag, a comment or a
 * declaration. Words such as {@code javascript:} or {@code onerror=} are harmless there: plain text is
 * escaped wherever it is shown, and only markup could make them an attribute or a link.</li>
 * <li>HTML (the bodies of items, sanitized before they are stored): read as a browser would (jsoup's
 * HTML5 parser), no element that runs or embeds code ({@code <script>}, {@code <iframe>},
 * {@code <svg>}, {@code <style>}, ...), no {@code on...=} event handler, no {@code javascript:},
 * {@code vbscript:} or {@code data:text/html} address, no CSS expression, and no {@code <script} in the
 * text at all.</li>
 * </ul>
 */
final class StoredText {

    private static final Pattern TAG_OPEN = Pattern.compile("<[a-zA-Z/!?]");
    private static final Pattern SCRIPT = Pattern.compile("(?i)<\\s*script");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cntrl}]+");
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "noscript", "iframe", "frame", "frameset",
            "object", "embed", "applet", "base", "meta", "link", "form", "input", "button", "select", "textarea",
            "template", "portal", "svg", "math", "style");
    /** In the public pages, which have their own form and style: what the pages never hold. */
    private static final Set<String> ACTIVE_IN_PAGES = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "base", "link", "template", "portal", "svg", "math");
    /** Attributes a browser follows or loads as an address. */
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
            "poster", "background", "srcset", "xlink:href", "codebase", "cite", "longdesc", "dynsrc", "lowsrc", "ping",
            "manifest", "icon", "usemap", "archive", "classid", "content");
    private static final List<String> ACTIVE_ADDRESSES = List.of("javascript:", "vbscript:", "livescript:", "data:text/html");

    /** Columns of plain text: {@code table.column}. */
    static final List<String> PLAIN_COLUMNS = List.of(
            "content_submission.title", "content_submission.summary", "content_submission.source_agency",
            "content_contributor.name", "audit_entry.comment", "audit_entry.detail",
            "published_item.title", "published_item.summary", "published_item.category_label",
            "published_item.contributors", "published_item.source_agency", "published_item.change_note",
            "published_item.withdrawal_reason",
            "feedback.sender_name", "feedback.sender_address", "feedback.subject", "feedback.content",
            "feedback.rejection_reason", "feedback.answer_text", "feedback.public_question", "feedback.public_answer",
            "act_hi_comment.message_");

    /** Columns of sanitized HTML. */
    static final List<String> HTML_COLUMNS = List.of("content_submission.body_html", "published_item.body_html");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final List<String> findings = new ArrayList<>();
    private int read;

    StoredText(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything found, one line each; empty when nothing stored would be active. */
    List<String> scan() {
        for (String column : PLAIN_COLUMNS) {
            rows(column).forEach(row -> plain(column + " " + row.get("ref"), (String) row.get("text")));
        }
        for (String column : HTML_COLUMNS) {
            rows(column).forEach(row -> html(column + " " + row.get("ref"), (String) row.get("text")));
        }
        // the full text of task comments (message_ holds its first characters)
        jdbc.sql("SELECT id_, full_msg_ FROM act_hi_comment WHERE full_msg_ IS NOT NULL").query().listOfRows()
                .forEach(row -> plain("act_hi_comment.full_msg_ " + row.get("id_"),
                        new String((byte[]) row.get("full_msg_"), StandardCharsets.UTF_8)));
        for (String table : List.of("act_ru_variable", "act_hi_varinst")) {
            variables(table);
        }
        return findings;
    }

    /** How many texts {@link #scan()} read. */
    int read() {
        return read;
    }

    private List<Map<String, Object>> rows(String column) {
        String[] parts = column.split("\\.");
        String ref = switch (parts[0]) {
            case "content_contributor" -> "submission_id || '/' || position";
            case "act_hi_comment" -> "id_";
            default -> "id";
        };
        return jdbc.sql("SELECT " + ref + " AS ref, " + parts[1] + " AS text FROM " + parts[0] + " WHERE " + parts[1]
                + " IS NOT NULL").query().listOfRows();
    }

    /** String variables as plain text; Json variables (content, contributors) field by field. */
    private void variables(String table) {
        // the engine names the type column differently in its runtime and history tables
        String type = table.equals("act_ru_variable") ? "type_" : "var_type_";
        jdbc.sql("SELECT id_, name_, text_ FROM " + table + " WHERE " + type + " = 'string' AND text_ IS NOT NULL")
                .query().listOfRows()
                .forEach(row -> plain(table + " " + row.get("name_") + " " + row.get("id_"), (String) row.get("text_")));
        // Strings too long for the engine's text column are kept as bytes (platform.variables.LongTextVariables)
        jdbc.sql("SELECT v.id_, v.name_, b.bytes_ FROM " + table + " v JOIN act_ge_bytearray b ON b.id_ = v.bytearray_id_"
                + " WHERE v." + type + " = 'longText'").query().listOfRows()
                .forEach(row -> plain(table + " " + row.get("name_") + " " + row.get("id_"),
                        row.get("bytes_") == null ? null : new String((byte[]) row.get("bytes_"), StandardCharsets.UTF_8)));
        jdbc.sql("SELECT v.id_, v.name_, b.bytes_ FROM " + table + " v JOIN act_ge_bytearray b ON b.id_ = v.bytearray_id_"
                + " WHERE v." + type + " = 'json'").query().listOfRows().forEach(row -> {
                    String where = table + " " + row.get("name_") + " " + row.get("id_");
                    byte[] bytes = (byte[]) row.get("bytes_");
                    if (bytes == null) {
                        return;
                    }
                    try {
                        json(where, JSON.readTree(bytes), null);
                    } catch (java.io.IOException e) {
                        plain(where, new String(bytes, StandardCharsets.UTF_8));
                    }
                });
    }

    private void json(String where, JsonNode node, String field) {
        if (node.isTextual()) {
            if ("body".equals(field)) {
                html(where + " ." + field, node.textValue());
            } else {
                plain(where + (field == null ? "" : " ." + field), node.textValue());
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                plain(where + " (a field's name)", entry.getKey());
                json(where, entry.getValue(), entry.getKey());
            }
        } else if (node.isArray()) {
            node.forEach(item -> json(where, item, field));
        }
    }

    private void plain(String where, String text) {
        read++;
        if (text != null && TAG_OPEN.matcher(text).find()) {
            findings.add(where + ": markup in plain text: " + excerpt(text, TAG_OPEN));
        }
    }

    private void html(String where, String html) {
        read++;
        String active = activeMarkup(html);
        if (active != null) {
            findings.add(where + ": " + active + " in HTML: " + excerpt(html, SCRIPT));
        }
    }

    /** What in {@code html} a browser would run, or null. */
    static String activeMarkup(String html) {
        return activeMarkup(html, ACTIVE_ELEMENTS);
    }

    /** What in a page of the application a browser would run: the pages have no script of their own. */
    static String activeMarkupInPage(String html) {
        return activeMarkup(html, ACTIVE_IN_PAGES);
    }

    private static String activeMarkup(String html, Set<String> activeElements) {
        if (html == null || html.isEmpty()) {
            return null;
        }
        if (SCRIPT.matcher(html).find()) {
            return "<script";
        }
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            if (activeElements.contains(element.normalName())) {
                return "<" + element.normalName() + ">";
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    return "event handler " + name + "=";
                }
                String value = INVISIBLE.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                for (String address : ACTIVE_ADDRESSES) {
                    if (ADDRESS_ATTRIBUTES.contains(name) && value.contains(address)) {
                        return address + " in " + name + "=";
                    }
                }
                if (name.equals("style") && (value.contains("expression(") || value.contains("url("))) {
                    return "CSS expression in style=";
                }
                if (name.equals("srcdoc") || name.equals("formaction") || name.contains(":href")) {
                    return name + "=";
                }
            }
        }
        return null;
    }

    private static String excerpt(String text, Pattern around) {
        var matcher = around.matcher(text);
        int at = matcher.find() ? matcher.start() : 0;
        String cut = text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 90));
        return HostileInputs.escape(cut);
    }
}
