package vn.angiang.editorial.platform.papers;

import java.util.List;

/**
 * Draws a paper in one file format. {@link PaperLayout} decides what goes where; a canvas only knows how
 * to put it on an A4 page of its format, with the margins and type sizes below.
 */
interface PaperCanvas {

    /** A4, in millimetres, with the margins of Nghị định 30/2020/NĐ-CP, Phụ lục I (top and bottom 20–25, left 30–35, right 15–20). */
    float PAGE_WIDTH_MM = 210, PAGE_HEIGHT_MM = 297;
    float MARGIN_TOP_MM = 20, MARGIN_BOTTOM_MM = 20, MARGIN_LEFT_MM = 30, MARGIN_RIGHT_MM = 15;
    /** the first line of a body paragraph is indented 1–1.27 cm */
    float FIRST_LINE_INDENT_MM = 10;
    /** the rule under the issuing body's name: a third to a half of the name's length */
    float RULE_LENGTH_MM = 22;
    /** space between two paragraphs of the body, in points */
    float PARAGRAPH_SPACING = 6;

    /** Rows of two borderless columns across the page, the left one {@code leftShare} of its width. */
    void columns(float leftShare, List<Row> rows);

    /** One line on its own (the kind's name, the abstract). */
    void line(Line line);

    /** A paragraph of the body. */
    void paragraph(String text);

    /** A table of the body, with borders, its header row repeated on every page. */
    void table(PaperTable table);

    /** A picture of the body, centred, with its caption under it. */
    void image(PaperImage image);

    /** Ends the file: page numbers from the second page on, top centre; returns its bytes. */
    byte[] finish();

    /** One row of {@link #columns}: lines in the left cell, lines in the right one. */
    record Row(List<Line> left, List<Line> right) {
    }

    /** A line of text in a style. */
    record Line(String text, Style style) {
    }

    /** The type of each part of a paper (Nghị định 30/2020/NĐ-CP, Phụ lục I, sizes in points). */
    enum Style {
        PARENT(12, false, false),
        BODY_NAME(12, true, false),
        /** the short rule under the issuing body's name ({@link #RULE_LENGTH_MM}), centred */
        RULE(12, false, false),
        MOTTO(12, true, false),
        MOTTO_SUBTITLE(13, true, false, true, true, 0),
        NUMBER(13, false, false),
        DATE(13, false, true),
        KIND(14, true, false, false, true, 18),
        TITLE(14, true, false),
        BODY(14, false, false),
        TABLE_HEADER(13, true, false),
        TABLE_CELL(13, false, false, false, false, 0),
        /** the caption under a picture */
        CAPTION(13, false, true),
        RECIPIENTS_HEADING(12, true, true, false, false, 0),
        RECIPIENT(11, false, false, false, false, 0),
        AUTHORITY(14, true, false),
        /** the room for the signature and the seal */
        SIGNATURE_SPACE(14, false, false, false, true, 60),
        SIGNER(14, true, false),
        PAGE_NUMBER(13, false, false);

        final float size;
        final boolean bold;
        final boolean italic;
        final boolean underlined;
        final boolean centered;
        /** space above the line, in points */
        final float spaceBefore;

        Style(float size, boolean bold, boolean italic) {
            this(size, bold, italic, false, true, 0);
        }

        Style(float size, boolean bold, boolean italic, boolean underlined, boolean centered, float spaceBefore) {
            this.size = size;
            this.bold = bold;
            this.italic = italic;
            this.underlined = underlined;
            this.centered = centered;
            this.spaceBefore = spaceBefore;
        }
    }
}
