package vn.angiang.editorial.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void keepsFormattingLinksImagesAndTables() {
        String html = "<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong> và <a href=\"https://angiang.gov.vn/a\">liên kết</a>.</p>"
                + "<figure><img src=\"https://angiang.gov.vn/h.jpg\" alt=\"Ảnh\"><figcaption>Chú thích</figcaption></figure>"
                + "<table><tr><td colspan=\"2\">Ô</td></tr></table><ul><li>Mục</li></ul>";

        String clean = sanitizer.sanitize(html);

        assertThat(clean).contains("<h2>Tiêu đề</h2>", "<strong>đậm</strong>", "href=\"https://angiang.gov.vn/a\"",
                "<img src=\"https://angiang.gov.vn/h.jpg\" alt=\"Ảnh\">", "<figcaption>Chú thích</figcaption>",
                "colspan=\"2\"", "<li>Mục</li>");
        assertThat(clean).contains("rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void dropsHarmlessMarkupOutsideTheSafelist() {
        String clean = sanitizer.sanitize("<p class=\"x\" style=\"color:red\">Chữ <font face=\"Arial\">thường</font></p>"
                + "<style>p{color:red}</style>");

        assertThat(clean).isEqualTo("<p>Chữ thường</p>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>a</p><script>alert(1)</script>                   | thẻ <script>",
            "<SCRIPT SRC=//x.example/x.js></SCRIPT>               | thẻ <script>",
            "<img src=x onerror=alert(1)>                         | \"onerror\"",
            "<p ONMOUSEOVER='alert(1)'>x</p>                      | \"onmouseover\"",
            "<svg><g onload=alert(1)></g></svg>                   | \"onload\"",
            "<a href='javascript:alert(1)'>x</a>                  | \"javascript:\"",
            "<a href=' jav&#x09;ascript:alert(1)'>x</a>           | \"javascript:\"",
            "<a href='JaVaScRiPt&colon;alert(1)'>x</a>            | \"javascript:\"",
            "<iframe src='https://x.example'></iframe>            | thẻ <iframe>",
            "<object data='x.swf'></object>                       | thẻ <object>",
            "<p style='background:url(javascript:alert(1))'>x</p> | \"javascript:\"",
            "<p style='width:expression(alert(1))'>x</p>          | CSS",
    })
    void refusesActiveContentWithAMessageNamingIt(String html, String named) {
        assertThatThrownBy(() -> sanitizer.sanitize(html))
                .isInstanceOf(UnsafeHtmlException.class)
                .hasMessageContaining(named)
                .hasMessageContaining("không được phép đăng trên Cổng");
    }
}
