package vn.angiang.editorial.platform.papers;

import java.util.Objects;

/** One piece of a paper's body, in reading order: a paragraph of text or a table. */
public sealed interface PaperBlock permits PaperBlock.Paragraph, PaperTable {

    /** A paragraph of the body: justified, its first line indented. */
    record Paragraph(String text) implements PaperBlock {

        public Paragraph {
            Objects.requireNonNull(text, "Đoạn văn bản không được là null.");
        }
    }
}
