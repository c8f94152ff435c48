package vn.angiang.editorial.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextHtmlTest {

    @Test
    void textIsEscapedThenCutIntoParagraphs() {
        assertThat(PlainTextHtml.paragraphs("Câu hỏi <b>về</b> \"điện\" & nước\nở ấp 3\n\n  Đoạn hai  \n\n\n"))
                .isEqualTo("<p>Câu hỏi &lt;b&gt;về&lt;/b&gt; &quot;điện&quot; &amp; nước<br>ở ấp 3</p><p>Đoạn hai</p>");
    }

    @Test
    void aBrowsersLineBreakIsOneBreakAndABlankLineANewParagraph() {
        assertThat(PlainTextHtml.paragraphs("Dòng một\r\nDòng hai\r\n\r\nĐoạn hai"))
                .isEqualTo("<p>Dòng một<br>Dòng hai</p><p>Đoạn hai</p>");
    }

    @Test
    void nothingToShowIsNothing() {
        assertThat(PlainTextHtml.paragraphs(null)).isEmpty();
        assertThat(PlainTextHtml.paragraphs(" \n\n \r\n")).isEmpty();
    }
}
