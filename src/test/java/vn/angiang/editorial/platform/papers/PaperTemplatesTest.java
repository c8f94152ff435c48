package vn.angiang.editorial.platform.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;

/** The wording of the papers, as shipped in {@code templates/documents/} and as an installation replaces it. */
class PaperTemplatesTest {

    static final PaperTable FIGURES = PaperTable.of(List.of("Nội dung", "Số lượng"),
            List.of(List.of("Tin, bài đăng tải", "412"), List.of("Phản ánh, kiến nghị đã trả lời", "37")));

    final PaperTemplates shipped = new PaperTemplates(new DefaultResourceLoader(), List.of(PaperTemplates.SHIPPED));

    /** Every value the templates name in templates/documents/README.md, optional ones included. */
    static Map<String, Object> everyValue() {
        Map<String, Object> model = new HashMap<>();
        for (String key : List.of("meeting", "convener", "chair", "participants", "time", "place", "agenda", "documents",
                "preparedBy", "contact", "chairTitle", "attendees", "reportedBy", "agency", "sender", "trackingCode",
                "summary", "answerDue", "month", "assessment", "nextTasks", "proposals", "frame", "total", "totalInWords",
                "secretary", "majority")) {
            model.put(key, "«" + key + "»");
        }
        model.put("meetingDate", LocalDate.of(2026, 12, 10));
        model.put("receivedDate", LocalDate.of(2026, 11, 3));
        model.put("conclusions", List.of("1. Giao Trung tâm Tin học ...", "2. Giao Tổ giúp việc ..."));
        model.put("items", List.of("1. Kế hoạch ...: thông qua.", "2. Nhuận bút ...: chưa kết luận."));
        model.put("figures", FIGURES);
        model.put("statement", FIGURES);
        return model;
    }

    @ParameterizedTest
    @ValueSource(strings = {"giay-moi-hop", "thong-bao-ket-luan", "phieu-chuyen-phan-anh", "bao-cao-thang", "bang-ke-nhuan-but",
            "bien-ban-hop"})
    void eachShippedWordingRendersWithTheValuesItsTableNames(String name) {
        PaperText text = shipped.render(name, everyValue());
        assertThat(text.title()).isNotBlank().doesNotContain("[(").doesNotContain("Trích yếu");
        assertThat(text.blocks()).isNotEmpty();
        assertThat(text.blocks()).filteredOn(PaperBlock.Paragraph.class::isInstance)
                .map(block -> ((PaperBlock.Paragraph) block).text())
                .allSatisfy(paragraph -> assertThat(paragraph).doesNotContain("[(", "${", "\uE000"))
                .last().asString().endsWith("./.");
    }

    @Test
    void aTableStandsWhereTheTemplateWritesItAndAListGivesAParagraphAnItem() {
        PaperText report = shipped.render("bao-cao-thang", everyValue());
        assertThat(report.blocks()).extracting(block -> block instanceof PaperTable ? "bảng" : ((PaperBlock.Paragraph) block).text())
                .containsSubsequence("I. KẾT QUẢ THỰC HIỆN", "bảng", "«assessment»", "II. NHIỆM VỤ THÁNG TỚI");
        assertThat(report.blocks()).filteredOn(PaperTable.class::isInstance).containsExactly(FIGURES);
        assertThat(report.title()).isEqualTo("Kết quả hoạt động của Ban Biên tập Cổng thông tin điện tử tỉnh tháng «month»");

        PaperText notice = shipped.render("thong-bao-ket-luan", everyValue());
        assertThat(notice.blocks()).extracting(Object::toString)
                .anySatisfy(block -> assertThat(block).contains("Ngày 10/12/2026,"))
                .anySatisfy(block -> assertThat(block).contains("text=1. Giao Trung tâm Tin học ..."))
                .anySatisfy(block -> assertThat(block).contains("text=2. Giao Tổ giúp việc ..."));
    }

    @Test
    void anOptionalPartLeftOutLeavesNoEmptyParagraph() {
        Map<String, Object> model = everyValue();
        model.remove("proposals");
        assertThat(shipped.render("bao-cao-thang", model).blocks()).extracting(Object::toString)
                .noneSatisfy(block -> assertThat(block).contains("ĐỀ XUẤT"))
                .allSatisfy(block -> assertThat(block).doesNotContain("text=)"));
    }

    @Test
    void valuesTheTemplateNeedsAndTheModelLacksAreAllNamed() {
        assertThatThrownBy(() -> shipped.render("phieu-chuyen-phan-anh", Map.of("agency", "Sở Y tế")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Mẫu văn bản \"phieu-chuyen-phan-anh\"")
                .hasMessageContaining("${trackingCode}").hasMessageContaining("${sender}").hasMessageContaining("${answerDue}")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("${agency}"));
    }

    @Test
    void aValueIsWrittenAsItIsNeverReadAsTemplate() {
        Map<String, Object> model = everyValue();
        model.put("summary", "[(${agency})] <b>đậm</b> $1 \\ ./.");
        assertThat(shipped.render("phieu-chuyen-phan-anh", model).blocks()).extracting(Object::toString)
                .anySatisfy(block -> assertThat(block).contains("về việc: [(${agency})] <b>đậm</b> $1 \\ ./."));
    }

    @Test
    void anInstallationReplacesAWordingByListingItsOwnFolderFirst(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("giay-moi-hop.txt"), "\uFEFFTrích yếu: Họp [(${meeting})]\r\n\r\nKính mời dự họp./.\r\n");
        PaperTemplates replaced = new PaperTemplates(new DefaultResourceLoader(),
                List.of(folder.toUri().toString(), PaperTemplates.SHIPPED));
        assertThat(replaced.render("giay-moi-hop", Map.of("meeting", "đột xuất")))
                .isEqualTo(new PaperText("Họp đột xuất", List.of(new PaperBlock.Paragraph("Kính mời dự họp./."))));
        // the files it does not replace are still the shipped ones
        assertThat(replaced.render("bang-ke-nhuan-but", everyValue()).blocks()).contains(FIGURES);
    }

    @Test
    void aTableMustStandAloneOnItsLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("bang-ke-sai.txt"), "Trích yếu: Bảng kê\nXem [(${statement})] dưới đây\n");
        PaperTemplates templates = new PaperTemplates(new DefaultResourceLoader(), List.of(folder.toUri().toString()));
        assertThatThrownBy(() -> templates.render("bang-ke-sai", Map.of("statement", FIGURES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("một bảng phải đứng riêng một dòng");
    }

    @ParameterizedTest
    @ValueSource(strings = {"khong-co-mau-nay", "../application", "Giay-Moi", ""})
    void anUnknownOrBadlyNamedTemplateIsRefusedInVietnamese(String name) {
        assertThatThrownBy(() -> shipped.render(name, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mẫu văn bản");
    }
}
