package vn.angiang.editorial.platform.publishing;

import org.springframework.web.util.HtmlUtils;

/**
 * Plain text (a citizen's question, an answer, a demo item) as HTML for the portal and the public pages:
 * every character escaped first, then a blank line starts a new paragraph ({@code <p>}) and a single line
 * break becomes {@code <br>}. The one way both processes turn text into published HTML.
 */
public final class PlainTextHtml {

    private PlainTextHtml() {
    }

    /** {@code "Dòng 1\nDòng 2\n\nĐoạn 2"} → {@code <p>Dòng 1<br>Dòng 2</p><p>Đoạn 2</p>}; null or blank → "". */
    public static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        // a browser sends CR LF: one line break, not two (\R alone could match the CR and the LF apart)
        String lines = text == null ? "" : text.replace("\r\n", "\n");
        for (String paragraph : lines.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8").replaceAll("\\R", "<br>"))
                        .append("</p>");
            }
        }
        return html.toString();
    }
}
