package vn.angiang.editorial.platform.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * A paper drawn as DOCX and PDF, opened again with POI and OpenPDF as an official's software would: the
 * frame of Nghị định 30/2020/NĐ-CP is there, every Vietnamese letter reads back as written, the PDF carries
 * its font.
 */
class PaperFilesTest {

    static final IssuingBody BBT = new IssuingBody("UBND tỉnh An Giang", List.of("Ban Biên tập", "Cổng thông tin điện tử"),
            "BBT", "An Giang");
    static final String EVERY_DIACRITIC = "Nguyễn Thị Ánh Tuyết, Phường Mỹ Thới, ỷ ẫ ự ữ Đ đ";
    static final Signer DEPUTY_FOR_THE_HEAD = Signer.deputy("Trần Thị Bình", "Phó Trưởng Ban", "Trưởng Ban");

    static PaperDraft invitation(List<PaperBlock> body) {
        return new PaperDraft(PaperKind.GIAY_MOI, "Họp Ban Biên tập định kỳ 6 tháng cuối năm 2026", body,
                List.of("Như thành phần mời;", "Lưu: VT, TGV."), DEPUTY_FOR_THE_HEAD);
    }

    static Paper firstInvitation() {
        return new Paper(BBT, invitation(List.of(
                new PaperBlock.Paragraph("Ban Biên tập trân trọng kính mời bà " + EVERY_DIACRITIC + " tham dự cuộc họp."),
                PaperTable.of(List.of("TT", "Họ và tên", "Chức vụ"), List.of(
                        List.of("1", "Nguyễn Thị Ánh Tuyết", "Thành viên Ban Biên tập"),
                        List.of("2", "Lê Văn Đức", "Tổ trưởng Tổ giúp việc"))).withWidths(1, 6, 4),
                new PaperBlock.Paragraph("Rất mong các thành phần được mời tham dự đúng thời gian./."))),
                1, LocalDate.of(2026, 12, 2));
    }

    @Test
    void theWordFileReadsBackAsDrawn() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(PaperFormat.DOCX.draw(firstInvitation())));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).containsSubsequence(
                    "UBND TỈNH AN GIANG", "BAN BIÊN TẬP", "CỔNG THÔNG TIN ĐIỆN TỬ",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 1/GM-BBT", "An Giang, ngày 02 tháng 12 năm 2026",
                    "GIẤY MỜI", "Họp Ban Biên tập định kỳ 6 tháng cuối năm 2026",
                    EVERY_DIACRITIC, "Họ và tên", "Nguyễn Thị Ánh Tuyết", "Lê Văn Đức", "./.",
                    "Nơi nhận:", "- Như thành phần mời;", "- Lưu: VT, TGV.",
                    "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Bình");

            List<XWPFRun> runs = runs(docx);
            assertThat(runs).filteredOn(run -> run.text() != null && !run.text().isEmpty())
                    .allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
            assertThat(run(runs, "An Giang, ngày 02 tháng 12 năm 2026").isItalic()).isTrue();
            assertThat(run(runs, "Độc lập - Tự do - Hạnh phúc").getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(run(runs, "KT. TRƯỞNG BAN").isBold()).isTrue();
            assertThat(run(runs, "Trần Thị Bình").isBold()).isTrue();
            assertThat(run(runs, "GIẤY MỜI").isBold()).isTrue();
            assertThat(run(runs, "- Lưu: VT, TGV.").getFontSizeAsDouble()).isEqualTo(11.0);
            assertThat(runs).filteredOn(run -> run.text().contains(EVERY_DIACRITIC)).singleElement()
                    .satisfies(run -> assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0));

            CTSectPr page = docx.getDocument().getBody().getSectPr();
            // A4 and the margins of Nghị định 30 (twips: 1 mm = 56.7)
            assertThat(twips(page.getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(page.getPgSz().getH())).isEqualTo(16838);
            assertThat(twips(page.getPgMar().getTop())).isEqualTo(1134);
            assertThat(twips(page.getPgMar().getBottom())).isEqualTo(1134);
            assertThat(twips(page.getPgMar().getLeft())).isEqualTo(1701);
            assertThat(twips(page.getPgMar().getRight())).isEqualTo(850);
            // no number on the first page, the others numbered
            assertThat(page.isSetTitlePg()).isTrue();
            assertThat(docx.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            assertThat(docx.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
        }
    }

    @Test
    void thePdfReadsBackAsDrawnAndCarriesItsFont() throws IOException {
        PdfReader pdf = new PdfReader(PaperFormat.PDF.draw(firstInvitation()));
        try {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPageSize(1).getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(pdf.getPageSize(1).getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.1f));
            // OpenPDF writes the tables after the text of a page: the same words, in another order
            assertThat(text(pdf, 1)).contains(
                    "UBND TỈNH AN GIANG", "BAN BIÊN TẬP", "CỔNG THÔNG TIN ĐIỆN TỬ",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 1/GM-BBT", "An Giang, ngày 02 tháng 12 năm 2026",
                    "GIẤY MỜI", "Họp Ban Biên tập định kỳ 6 tháng cuối năm 2026",
                    EVERY_DIACRITIC, "Nguyễn Thị Ánh Tuyết", "Lê Văn Đức",
                    "Nơi nhận:", "- Như thành phần mời;", "- Lưu: VT, TGV.",
                    "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Bình");

            List<PdfDictionary> fonts = fonts(pdf, 1);
            assertThat(fonts).as("regular, bold, italic, bold italic").hasSize(4).allSatisfy(font -> {
                assertThat(font.getAsName(PdfName.BASEFONT).toString()).contains("LiberationSerif");
                PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                assertThat(descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2))
                        .as("font program embedded").isNotNull();
                assertThat(font.get(PdfName.TOUNICODE)).as("text can be copied and searched").isNotNull();
            });
        } finally {
            pdf.close();
        }
    }

    @Test
    void minutesCarryTheSecretarysSignatureOppositeTheChairsAndNoRecipients() throws IOException {
        PaperDraft minutes = new PaperDraft(PaperKind.BIEN_BAN, "Họp Ban Biên tập đột xuất ngày 11/03/2027",
                List.of(new PaperBlock.Paragraph("Cuộc họp kết thúc lúc 11 giờ 00 cùng ngày./.")), List.of(),
                Signer.of("Nguyễn Văn Hùng", "Chủ trì")).alsoSignedBy(Signer.of(EVERY_DIACRITIC, "Thư ký"));
        minutes.refuseIfIncomplete();
        Paper paper = new Paper(BBT, minutes, 3, LocalDate.of(2027, 3, 11));
        PdfReader pdf = new PdfReader(PaperFormat.PDF.draw(paper));
        try {
            assertThat(text(pdf, 1)).contains("Số: 3/BB-BBT", "BIÊN BẢN", "THƯ KÝ", "CHỦ TRÌ", "Nguyễn Văn Hùng",
                    EVERY_DIACRITIC).doesNotContain("Nơi nhận:");
        } finally {
            pdf.close();
        }
        try (XWPFDocument docx = new XWPFDocument(new java.io.ByteArrayInputStream(PaperFormat.DOCX.draw(paper)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("THƯ KÝ", "CHỦ TRÌ", EVERY_DIACRITIC, "Nguyễn Văn Hùng")
                    .doesNotContain("Nơi nhận:");
        }
        assertThatThrownBy(() -> minutes.alsoSignedBy(Signer.of(" ", "Thư ký")).refuseIfIncomplete())
                .isInstanceOf(InputRefused.class).hasMessageContaining("Người ký thứ hai");
    }

    @Test
    void pagesAfterTheFirstAreNumberedAtTheTop() throws IOException {
        List<PaperBlock> longBody = new ArrayList<>(Collections.nCopies(40, new PaperBlock.Paragraph(
                "Các cơ quan, đơn vị cung cấp thông tin cho Cổng thông tin điện tử tỉnh đúng thời hạn, bảo đảm "
                        + "chính xác, đầy đủ và chịu trách nhiệm về nội dung thông tin đã cung cấp.")));
        PdfReader pdf = new PdfReader(PaperFormat.PDF.draw(new Paper(BBT, invitation(longBody), 7, LocalDate.of(2026, 3, 5))));
        try {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PdfTextExtractor extractor = new PdfTextExtractor(pdf);
            assertThat(extractor.getTextFromPage(1).lines().map(String::strip)).doesNotContain("1");
            assertThat(extractor.getTextFromPage(2).lines().map(String::strip)).contains("2");
            // the signature is not split from its name
            assertThat(text(pdf, pdf.getNumberOfPages())).containsSubsequence("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Bình");
        } finally {
            pdf.close();
        }
    }

    @Test
    void aPreviewLeavesTheNumberBlank() throws IOException {
        PdfReader pdf = new PdfReader(PaperFormat.PDF.draw(new Paper(BBT, firstInvitation().draft(), null, LocalDate.of(2027, 1, 4))));
        try {
            assertThat(text(pdf, 1)).containsPattern("Số:\\s+/GM-BBT").contains("An Giang, ngày 04 tháng 01 năm 2027");
        } finally {
            pdf.close();
        }
    }

    @Test
    void datesTakeALeadingZeroWhereNghiDinh30AsksForOne() {
        assertThat(OfficialDate.of(LocalDate.of(2026, 12, 2))).isEqualTo("ngày 02 tháng 12 năm 2026");
        assertThat(OfficialDate.of(LocalDate.of(2027, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2027");
        assertThat(OfficialDate.of(LocalDate.of(2026, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2026");
        assertThat(OfficialDate.of(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
        assertThat(OfficialDate.of(LocalDate.of(2026, 10, 10))).isEqualTo("ngày 10 tháng 10 năm 2026");
        assertThat(OfficialDate.line("An Giang", LocalDate.of(2026, 9, 1))).isEqualTo("An Giang, ngày 01 tháng 9 năm 2026");
    }

    @Test
    void theSignatureSaysInWhatCapacityItIsSigned() {
        assertThat(Signer.of("Nguyễn Văn An", "Trưởng Ban").authorityLines()).containsExactly("TRƯỞNG BAN");
        assertThat(DEPUTY_FOR_THE_HEAD.authorityLines()).containsExactly("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
        assertThat(Signer.of("Nguyễn Văn An", "Trưởng Ban").onBehalfOf("Ban Biên tập").authorityLines())
                .containsExactly("TM. BAN BIÊN TẬP", "TRƯỞNG BAN");
        assertThat(DEPUTY_FOR_THE_HEAD.onBehalfOf("Ban Biên tập").authorityLines())
                .containsExactly("TM. BAN BIÊN TẬP", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
    }

    /** Every letter of Vietnamese, in each face the papers use: a missing glyph would leave a hole in a name. */
    @ParameterizedTest
    @ValueSource(strings = {"Regular", "Bold", "Italic", "BoldItalic"})
    void theShippedFontHasEveryVietnameseLetter(String face) throws IOException {
        BaseFont font = BaseFont.createFont("papers/fonts/LiberationSerif-" + face + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        assertThat(vietnameseLetters()).hasSize(2 * (12 * 6 + 1))
                .allSatisfy(letter -> assertThat(font.charExists(letter)).as("glyph for %s", (char) letter.intValue()).isTrue());
    }

    static List<Integer> vietnameseLetters() {
        List<Integer> letters = new ArrayList<>();
        for (char vowel : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                assertThat(letter).hasSize(1);
                letters.add((int) letter.charAt(0));
                letters.add((int) letter.toUpperCase().charAt(0));
            }
        }
        letters.add((int) 'đ');
        letters.add((int) 'Đ');
        return letters;
    }

    /** a measure of the page, which the schema types as Object */
    static int twips(Object measure) {
        return Integer.parseInt(measure.toString());
    }

    /** The text of a page, each run of white space (a line the PDF broke, no-break spaces) one space. */
    static String text(PdfReader pdf, int page) throws IOException {
        return new PdfTextExtractor(pdf).getTextFromPage(page).replaceAll("[\\s\\u00a0]+", " ");
    }

    static List<PdfDictionary> fonts(PdfReader pdf, int page) {
        PdfDictionary fonts = pdf.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        return fonts.getKeys().stream().map(fonts::getAsDict).toList();
    }

    static List<XWPFRun> runs(XWPFDocument docx) {
        Stream<XWPFParagraph> inTables = docx.getTables().stream().map(XWPFTable::getRows).flatMap(List::stream)
                .map(XWPFTableRow::getTableCells).flatMap(List::stream).map(XWPFTableCell::getParagraphs).flatMap(List::stream);
        return Stream.concat(docx.getParagraphs().stream(), inTables).flatMap(p -> p.getRuns().stream()).toList();
    }

    static XWPFRun run(List<XWPFRun> runs, String text) {
        return runs.stream().filter(run -> text.equals(run.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run reads \"" + text + "\""));
    }
}
