package vn.angiang.editorial.platform.papers;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * Draws a paper as a PDF (OpenPDF), its font embedded: Liberation Serif (SIL Open Font License, shipped
 * under {@code papers/fonts/}), drawn to the metrics of the Times New Roman that Nghị định 30/2020/NĐ-CP
 * asks for, with every Vietnamese letter. Only the glyphs a paper uses are embedded.
 */
final class PdfCanvas implements PaperCanvas {

    /** regular, bold, italic, bold italic */
    private static final byte[][] FACES = {
            read("LiberationSerif-Regular.ttf"), read("LiberationSerif-Bold.ttf"),
            read("LiberationSerif-Italic.ttf"), read("LiberationSerif-BoldItalic.ttf")};
    private static final float POINTS_PER_MM = 72 / 25.4f;
    private static final float TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;
    /** line height over type size: about Word's single spacing for this font */
    private static final float LEADING = 1.2f;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(new Rectangle(points(PAGE_WIDTH_MM), points(PAGE_HEIGHT_MM)),
            points(MARGIN_LEFT_MM), points(MARGIN_RIGHT_MM), points(MARGIN_TOP_MM), points(MARGIN_BOTTOM_MM));
    /** a font program per face for this document: OpenPDF keeps in it which glyphs the document used */
    private final BaseFont[] faces = new BaseFont[FACES.length];
    private final Map<Style, Font> fonts = new EnumMap<>(Style.class);
    private boolean empty = true;

    PdfCanvas() {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbersFromTheSecondPage());
        document.open();
    }

    @Override
    public void columns(float leftShare, List<Row> rows) {
        PdfPTable table = new PdfPTable(new float[] {leftShare, 1 - leftShare});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(empty ? 0 : points(4));
        for (Row row : rows) {
            table.addCell(cell(row.left(), TEXT_WIDTH_MM * leftShare));
            table.addCell(cell(row.right(), TEXT_WIDTH_MM * (1 - leftShare)));
        }
        add(table);
    }

    @Override
    public void line(Line line) {
        add(paragraph(line, TEXT_WIDTH_MM));
    }

    @Override
    public void paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, font(Style.BODY));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(points(FIRST_LINE_INDENT_MM));
        paragraph.setSpacingBefore(PARAGRAPH_SPACING);
        paragraph.setLeading(Style.BODY.size * LEADING);
        add(paragraph);
    }

    @Override
    public void table(PaperTable table) {
        float[] widths = new float[table.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.widths().get(i);
        }
        PdfPTable grid = new PdfPTable(widths);
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        grid.setSpacingBefore(PARAGRAPH_SPACING);
        table.header().forEach(text -> grid.addCell(tableCell(text, Style.TABLE_HEADER, Element.ALIGN_CENTER)));
        table.rows().forEach(row -> row.forEach(text -> grid.addCell(tableCell(text, Style.TABLE_CELL, Element.ALIGN_LEFT))));
        add(grid);
    }

    @Override
    public void image(PaperImage image) {
        Image picture;
        try {
            picture = Image.getInstance(image.png());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Không chèn được hình vào văn bản: " + image.caption(), e);
        }
        picture.scaleAbsolute(points(image.widthMm()), points(image.heightMm()));
        picture.setAlignment(Element.ALIGN_CENTER);
        Paragraph holder = new Paragraph();
        holder.setSpacingBefore(PARAGRAPH_SPACING);
        holder.add(new Chunk(picture, 0, 0, true));
        holder.setAlignment(Element.ALIGN_CENTER);
        add(holder);
        add(paragraph(new Line(image.caption(), Style.CAPTION), TEXT_WIDTH_MM));
    }

    @Override
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfPCell cell(List<Line> lines, float widthMm) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        lines.forEach(line -> cell.addElement(paragraph(line, widthMm)));
        return cell;
    }

    private PdfPCell tableCell(String text, Style style, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(style.size * LEADING, text, font(style)));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(points(1));
        cell.setPaddingBottom(points(1.5f));
        return cell;
    }

    private Paragraph paragraph(Line line, float widthMm) {
        Style style = line.style();
        if (style == Style.RULE) {
            return rule(widthMm);
        }
        Paragraph paragraph = new Paragraph(style.size * LEADING, line.text().isEmpty() ? "\u00a0" : line.text(), font(style));
        paragraph.setAlignment(style.centered ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        paragraph.setSpacingBefore(style.spaceBefore);
        return paragraph;
    }

    /** In the paper's font: a chunk left to OpenPDF's default would bring in a font that is not embedded. */
    private Paragraph rule(float columnWidthMm) {
        Paragraph rule = new Paragraph(8, "", font(Style.RULE));
        rule.add(new Chunk(new LineSeparator(0.6f, 100 * RULE_LENGTH_MM / columnWidthMm, Color.BLACK, Element.ALIGN_CENTER, 0)));
        return rule;
    }

    private Font font(Style style) {
        return fonts.computeIfAbsent(style, s -> new Font(face(s.bold, s.italic), s.size,
                s.underlined ? Font.UNDERLINE : Font.NORMAL));
    }

    private BaseFont face(boolean bold, boolean italic) {
        int face = (bold ? 1 : 0) + (italic ? 2 : 0);
        if (faces[face] == null) {
            try {
                // Identity-H: any Unicode letter; embedded, as a subset of the glyphs used
                faces[face] = BaseFont.createFont("papers-face-" + face + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, FACES[face], null);
            } catch (IOException e) {
                throw new UncheckedIOException("Không nạp được phông chữ của văn bản", e);
            }
        }
        return faces[face];
    }

    private void add(Element element) {
        document.add(element);
        empty = false;
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfCanvas.class.getResourceAsStream("/papers/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu tệp phông chữ papers/fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được phông chữ papers/fonts/" + file, e);
        }
    }

    private static float points(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /** Nghị định 30: pages are numbered at the top centre, the first page without its number. */
    private final class PageNumbersFromTheSecondPage extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document page) {
            if (writer.getPageNumber() > 1) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(Integer.toString(writer.getPageNumber()), font(Style.PAGE_NUMBER)),
                        (page.left() + page.right()) / 2, page.top() + points(MARGIN_TOP_MM / 2), 0);
            }
        }
    }
}
