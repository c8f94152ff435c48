package vn.angiang.editorial.platform.publishing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * The one gate for HTML that reaches the public portal.
 *
 * <p>Active content (scripts, event-handler attributes, {@code javascript:} links, embedded frames
 * and objects) is <em>refused</em> with a message naming what was found: the person who wrote it must
 * know, and silently cutting part of an official text would change what was approved. Everything else
 * is cleaned against a safelist of formatting tags (paragraphs, headings, lists, tables, links,
 * images, figures), and only that cleaned HTML is stored or published.
 */
@Component
public class HtmlSanitizer {

    /** Elements that run or embed code, or change how the page around them behaves. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of(
            "script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
            "meta", "link", "form", "input", "button", "select", "textarea", "template", "portal");

    private static final Set<String> URL_SCHEMES_REFUSED = Set.of("javascript:", "vbscript:", "livescript:");

    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cntrl}]+");

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "s", "mark")
            .addAttributes("img", "loading")
            .addAttributes("td", "rowspan", "colspan")
            .addAttributes("th", "rowspan", "colspan", "scope")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .removeProtocols("a", "href", "ftp");

    /**
     * Checks and cleans a body of HTML.
     *
     * @return the cleaned HTML, ready to be stored and published
     * @throws UnsafeHtmlException if the HTML contains active content; nothing is cleaned then
     */
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        refuseActiveContent(document);
        Document cleaned = new Cleaner(SAFELIST).clean(document);
        cleaned.outputSettings().prettyPrint(false);
        return cleaned.body().html();
    }

    /** True if the HTML would be accepted by {@link #sanitize(String)}. */
    public boolean isAcceptable(String html) {
        try {
            sanitize(html);
            return true;
        } catch (UnsafeHtmlException e) {
            return false;
        }
    }

    private static void refuseActiveContent(Document document) {
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (ACTIVE_ELEMENTS.contains(tag)) {
                throw new UnsafeHtmlException("Nội dung chứa thẻ <" + tag + "> (mã chạy hoặc nhúng trang khác), "
                        + "không được phép đăng trên Cổng. Hãy xóa thẻ này rồi gửi lại.");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    throw new UnsafeHtmlException("Nội dung chứa thuộc tính sự kiện \"" + attribute.getKey()
                            + "\" trong thẻ <" + tag + "> (mã chạy trên trình duyệt), không được phép đăng trên Cổng. "
                            + "Hãy xóa thuộc tính này rồi gửi lại.");
                }
                String value = INVISIBLE.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                for (String scheme : URL_SCHEMES_REFUSED) {
                    if (value.contains(scheme)) {
                        throw new UnsafeHtmlException("Nội dung chứa liên kết \"" + scheme + "\" trong thẻ <" + tag
                                + "> (mã chạy trên trình duyệt), không được phép đăng trên Cổng. Hãy xóa liên kết này rồi gửi lại.");
                    }
                }
                if (name.equals("style") && (value.contains("expression(") || value.contains("url("))) {
                    throw new UnsafeHtmlException("Nội dung chứa định dạng CSS có biểu thức hoặc địa chỉ nhúng trong thẻ <"
                            + tag + ">, không được phép đăng trên Cổng. Hãy xóa thuộc tính style này rồi gửi lại.");
                }
            }
        }
    }
}
