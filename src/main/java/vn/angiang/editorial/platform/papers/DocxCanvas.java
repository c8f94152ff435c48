package vn.angiang.editorial.platform.papers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** Draws a paper as a Word document (DOCX, Apache POI). */
final class DocxCanvas implements PaperCanvas {

    /**
     * Nghị định 30/2020/NĐ-CP asks for Times New Roman, so the document names it: Word has it wherever
     * officials open the file, and LibreOffice puts its metric twin Liberation Serif in its place (same
     * widths: lines and pages break alike). A DOCX carries no font of its own; the PDF embeds Liberation
     * Serif, the servers having no Times New Roman to embed.
     */
    static final String FONT = "Times New Roman";

    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int TEXT_WIDTH = twips(PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM);

    private final XWPFDocument document = new XWPFDocument();

    DocxCanvas() {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(PAGE_HEIGHT_MM)));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(twips(MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(twips(MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(twips(MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(twips(MARGIN_TOP_MM / 2)));
        margins.setFooter(BigInteger.valueOf(twips(MARGIN_BOTTOM_MM / 2)));
        pageNumbersFromTheSecondPage();
    }

    @Override
    public void columns(float leftShare, List<Row> rows) {
        XWPFTable table = newTable(rows.size(), 2);
        table.removeBorders();
        int left = Math.round(TEXT_WIDTH * leftShare);
        widths(table, new int[] {left, TEXT_WIDTH - left});
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i).getCell(0), rows.get(i).left(), left);
            fill(table.getRow(i).getCell(1), rows.get(i).right(), TEXT_WIDTH - left);
        }
    }

    @Override
    public void line(Line line) {
        write(document.createParagraph(), line, TEXT_WIDTH);
    }

    @Override
    public void paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(twips(FIRST_LINE_INDENT_MM));
        paragraph.setSpacingBefore(twentieths(PARAGRAPH_SPACING));
        paragraph.setSpacingAfter(0);
        run(paragraph, text, Style.BODY);
    }

    @Override
    public void table(PaperTable table) {
        XWPFTable grid = newTable(table.rows().size() + 1, table.header().size());
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        widths(grid, table.widths().stream().mapToInt(w -> TEXT_WIDTH * w / total).toArray());
        grid.getRow(0).setRepeatHeader(true);
        cells(grid.getRow(0), table.header(), Style.TABLE_HEADER);
        for (int i = 0; i < table.rows().size(); i++) {
            cells(grid.getRow(i + 1), table.rows().get(i), Style.TABLE_CELL);
        }
    }

    @Override
    public void image(PaperImage image) {
        float widthMm = image.widthMm();
        float heightMm = image.heightMm();
        XWPFParagraph picture = document.createParagraph();
        picture.setAlignment(ParagraphAlignment.CENTER);
        picture.setSpacingBefore(twentieths(PARAGRAPH_SPACING));
        picture.setSpacingAfter(0);
        try (InputStream png = new ByteArrayInputStream(image.png())) {
            picture.createRun().addPicture(png, Document.PICTURE_TYPE_PNG, "hinh.png",
                    Units.toEMU(widthMm * 72 / 25.4), Units.toEMU(heightMm * 72 / 25.4));
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalArgumentException("Không chèn được hình vào văn bản: " + image.caption(), e);
        }
        XWPFParagraph caption = document.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setSpacingAfter(0);
        run(caption, image.caption(), Style.CAPTION);
    }

    @Override
    public byte[] finish() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp DOCX của văn bản", e);
        }
    }

    /** Word joins two tables with nothing between them into one: a small empty line comes before each table. */
    private XWPFTable newTable(int rows, int columns) {
        if (!document.getBodyElements().isEmpty()) {
            XWPFParagraph gap = document.createParagraph();
            gap.setSpacingAfter(0);
            run(gap, "", Style.RECIPIENT);
        }
        return document.createTable(rows, columns);
    }

    private static void widths(XWPFTable table, int[] widths) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int i = 0; i < widths.length; i++) {
            (i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol()).setW(BigInteger.valueOf(widths[i]));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < widths.length; i++) {
                row.getCell(i).setWidthType(TableWidthType.DXA);
                row.getCell(i).setWidth(Integer.toString(widths[i]));
            }
        }
    }

    private static void cells(XWPFTableRow row, List<String> texts, Style style) {
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            paragraph.setAlignment(style == Style.TABLE_HEADER ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            paragraph.setSpacingAfter(0);
            run(paragraph, texts.get(i), style);
        }
    }

    private static void fill(XWPFTableCell cell, List<Line> lines, int width) {
        for (int i = 0; i < lines.size(); i++) {
            write(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), lines.get(i), width);
        }
    }

    private static void write(XWPFParagraph paragraph, Line line, int columnWidth) {
        Style style = line.style();
        paragraph.setAlignment(style.centered ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        paragraph.setSpacingBefore(twentieths(style.spaceBefore));
        paragraph.setSpacingAfter(0);
        if (style == Style.RULE) {
            rule(paragraph, columnWidth);
            return;
        }
        run(paragraph, line.text(), style);
    }

    /** A bottom border on a small empty paragraph, indented from both sides to the rule's length. */
    private static void rule(XWPFParagraph paragraph, int columnWidth) {
        int indent = (columnWidth - twips(RULE_LENGTH_MM)) / 2;
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        run(paragraph, "", Style.RULE).setFontSize(4);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, Style style) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(style.size);
        run.setBold(style.bold);
        run.setItalic(style.italic);
        if (style.underlined) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (!text.isEmpty()) {
            run.setText(text);
        }
        return run;
    }

    /** Nghị định 30: pages are numbered at the top centre, the first page without its number. */
    private void pageNumbersFromTheSecondPage() {
        document.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph paragraph = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, "", Style.PAGE_NUMBER).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(paragraph, "", Style.PAGE_NUMBER).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(paragraph, "", Style.PAGE_NUMBER).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static int twips(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    private static int twentieths(float points) {
        return Math.round(points * 20);
    }
}
