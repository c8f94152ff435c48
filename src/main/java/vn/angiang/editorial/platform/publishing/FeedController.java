package vn.angiang.editorial.platform.publishing;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.angiang.editorial.platform.notification.PublicLinks;
import vn.angiang.editorial.platform.publishing.PublishedItem.State;

/**
 * The public, unauthenticated feed of published items that the portal consumes: JSON and Atom
 * (RFC 4287). Only current versions are listed; a corrected item shows its newest version and its
 * {@code updated} time; a taken-down item disappears from the feed and answers 410 Gone.
 */
@RestController
public class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Publisher publisher;
    private final String tagAuthority;
    /** Links are built on the configured address, never on the request's Host header. */
    private final PublicLinks links;

    public FeedController(Publisher publisher,
            @Value("${editorial.publishing.tag-authority:angiang.gov.vn,2018}") String tagAuthority,
            PublicLinks links) {
        this.publisher = publisher;
        this.tagAuthority = tagAuthority;
        this.links = links;
    }

    /** JSON feed: newest first; {@code before} (ISO date-time) pages back, {@code limit} 1–100. */
    @GetMapping(path = "/public/feed", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<FeedView> json(@RequestParam(required = false) OffsetDateTime before,
            @RequestParam(defaultValue = "20") int limit) {
        List<ItemView> items = publisher.feed(before, limit).stream().map(this::view).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(new FeedView("Tin bài đã đăng trên Cổng thông tin điện tử tỉnh An Giang", links.to("/public/feed"),
                        items));
    }

    /** One item: its current version, 410 Gone once taken down, 404 if it never was published. */
    @GetMapping(path = "/public/feed/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> item(@PathVariable String key) {
        return publisher.current(key).<ResponseEntity<?>>map(item -> ResponseEntity.ok(view(item)))
                .orElseGet(() -> publisher.latest(key)
                        .filter(latest -> latest.state() == State.TAKEN_DOWN)
                        .<ResponseEntity<?>>map(gone -> ResponseEntity.status(HttpStatus.GONE).body(Map.of(
                                "id", key, "removedAt", gone.endedAt().toString(),
                                "message", "Tin bài đã được gỡ khỏi Cổng.")))
                        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                                .body(Map.of("id", key, "message", "Không có tin bài này."))));
    }

    /** Atom feed (RFC 4287) of the current versions, newest first. */
    @GetMapping(path = "/public/feed.atom", produces = "application/atom+xml")
    public ResponseEntity<String> atom(@RequestParam(defaultValue = "50") int limit) throws XMLStreamException {
        List<PublishedItem> items = publisher.feed(null, limit);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        xml.writeAttribute("xml:lang", "vi");
        text(xml, "id", "tag:" + tagAuthority + ":feed");
        text(xml, "title", "Tin bài đã đăng trên Cổng thông tin điện tử tỉnh An Giang");
        text(xml, "updated", items.isEmpty() ? "1970-01-01T00:00:00Z" : format(items.get(0).publishedAt()));
        link(xml, "self", links.to("/public/feed.atom"), "application/atom+xml");
        link(xml, "alternate", links.to("/public/feed"), "application/json");
        for (PublishedItem item : items) {
            xml.writeStartElement("entry");
            text(xml, "id", "tag:" + tagAuthority + ":" + item.key());
            text(xml, "title", item.title());
            text(xml, "published", format(item.firstPublishedAt()));
            text(xml, "updated", format(item.publishedAt()));
            xml.writeStartElement("author");
            text(xml, "name", item.contributors() == null || item.contributors().isBlank()
                    ? "Ban Biên tập Cổng thông tin điện tử tỉnh An Giang" : item.contributors());
            xml.writeEndElement();
            if (item.category() != null) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", xmlText(item.category()));
                if (item.categoryLabel() != null) {
                    xml.writeAttribute("label", xmlText(item.categoryLabel()));
                }
            }
            link(xml, "alternate", links.to("/public/feed/" + item.key()), "application/json");
            if (item.auditPath() != null) {
                link(xml, "related", links.to(item.auditPath()), "application/json");
            }
            if (item.summary() != null) {
                text(xml, "summary", item.summary());
            }
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(xmlText(item.bodyHtml()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(out.toString());
    }

    private ItemView view(PublishedItem item) {
        return new ItemView(item.key(), item.version(), item.title(), item.summary(), item.bodyHtml(),
                item.category(), item.categoryLabel(), item.contributors(), item.sourceAgency(),
                item.firstPublishedAt(), item.publishedAt(), item.changeNote(),
                links.to("/public/feed/" + item.key()), item.auditPath() == null ? null : links.to(item.auditPath()));
    }

    /**
     * The text without the characters XML 1.0 cannot carry (control characters, broken surrogates,
     * U+FFFE/U+FFFF): whatever a record holds, the feed stays well-formed for every reader.
     */
    static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static String format(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlText(href));
        xml.writeAttribute("type", type);
    }

    /** The JSON feed. */
    public record FeedView(String title, String self, List<ItemView> items) {
    }

    /**
     * One item as the portal reads it.
     *
     * @param id       stable public id, the same across corrections
     * @param version  1, then +1 per correction
     * @param bodyHtml sanitized HTML
     * @param auditUrl the trail of decisions behind the item (requires an account)
     */
    public record ItemView(String id, int version, String title, String summary, String bodyHtml, String category,
            String categoryLabel, String contributors, String sourceAgency, OffsetDateTime firstPublishedAt,
            OffsetDateTime updatedAt, String correctionNote, String url, String auditUrl) {
    }
}
