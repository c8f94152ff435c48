package vn.angiang.editorial.platform.papers;

import java.util.Objects;

/** One piece of a paper's body, in reading order: a paragraph of text, a table or a picture. */
public sealed interface PaperBlock permits PaperBlock.Paragraph, PaperTable, PaperImage {

    /** A paragraph of the body: justified, its first line indented. */
    record Paragraph(String text) implements PaperBlock {

        public Paragraph {
            Objects.requireNonNull(text, "Đoạn văn bản không được là null.");
        }
    }
}
