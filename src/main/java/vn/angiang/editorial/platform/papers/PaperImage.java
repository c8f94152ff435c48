package vn.angiang.editorial.platform.papers;

import java.util.Objects;

/**
 * A picture in a paper's body (a chart of a report): a PNG drawn centred, {@code widthMm} wide (at most the
 * text's width), its height kept in proportion, with its caption in italics under it.
 *
 * @param png      the picture, PNG
 * @param widthMm  how wide it is printed
 * @param heightMm how high it is printed (the PNG's proportions, given by whoever drew it)
 * @param caption  what it shows ("Biểu đồ 1. …")
 */
public record PaperImage(byte[] png, float widthMm, float heightMm, String caption) implements PaperBlock {

    public PaperImage {
        Objects.requireNonNull(png, "Hình trong văn bản phải có nội dung.");
        Objects.requireNonNull(caption, "Hình trong văn bản phải có chú thích.");
        if (widthMm <= 0 || heightMm <= 0) {
            throw new IllegalArgumentException("Kích thước hình phải dương: " + widthMm + " × " + heightMm + " mm");
        }
    }

    @Override
    public String toString() {
        return "PaperImage[" + caption + ", " + png.length + " bytes]";
    }
}
