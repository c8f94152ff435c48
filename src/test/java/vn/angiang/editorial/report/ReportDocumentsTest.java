package vn.angiang.editorial.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.angiang.editorial.report.ReportRecords.at;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The report's files opened as an official would: the DOCX and the PDF say the figures in Vietnamese with every
 * diacritic and carry the three charts as pictures; the XLSX has the figures in cells, numbers as numbers.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:report-figures;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentsTest {

    @Autowired JdbcClient jdbc;
    @Autowired ReportDocuments documents;

    BoardReport october;

    @BeforeAll
    void seedOctober() {
        ReportRecords r = new ReportRecords(jdbc);
        r.clear();
        long s = r.submitted("economy", "agency-finance", at(2025, 10, 2, 8));
        r.published(s, at(2025, 10, 5, 8));                                          // 3 days
        r.submitted("culture-society", "agency-health", at(2025, 10, 6, 8));
        r.feedback(at(2025, 10, 7, 9), "ANSWERED", "agency", "agency-health", at(2025, 10, 7, 10), at(2025, 10, 20, 17),
                at(2025, 10, 25, 9));                                                  // late
        october = documents.unsaved(ReportPeriod.month(YearMonth.of(2025, 10)));
    }

    @Test
    void theDocxSaysTheFiguresInVietnameseAndCarriesTheThreeCharts() throws Exception {
        byte[] docx = documents.file(october, "docx").orElseThrow().content();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO",
                    "Kết quả hoạt động của Ban Biên tập Cổng thông tin điện tử tỉnh tháng 10/2025",
                    "1. Tình hình tiếp nhận, đăng tải thông tin",
                    "Cổng tiếp nhận 2 tin, bài; đăng tải 1; trả lại để chỉnh sửa 0",
                    "trung vị 3,0 ngày", "Văn hóa, xã hội", "Sở Y tế", "trễ hạn 1",
                    "Biểu đồ 1. Số tin, bài được đăng tải theo lĩnh vực",
                    "Biểu đồ 2. Phản ánh, kiến nghị chuyển cơ quan: đúng hạn, trễ hạn, quá hạn chưa trả lời",
                    "Biểu đồ 3. Số tin, bài được đăng tải trong 12 tháng", "(Dự thảo, chưa ký)");
            List<XWPFPictureData> pictures = document.getAllPictures();
            assertThat(pictures).hasSize(3).allSatisfy(p -> {
                assertThat(p.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
                assertThat(ImageIO.read(new ByteArrayInputStream(p.getData())).getWidth()).isEqualTo(ReportCharts.WIDTH_PX);
            });
        }
    }

    @Test
    void thePdfReadsBackInVietnameseAndCarriesTheChartsAsImages() throws Exception {
        PdfReader pdf = new PdfReader(documents.file(october, "pdf").orElseThrow().content());
        try {
            StringBuilder text = new StringBuilder();
            List<PdfDictionary> images = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(pdf).getTextFromPage(page)).append('\n');
                PdfDictionary xobjects = pdf.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
                if (xobjects != null) {
                    for (PdfName name : xobjects.getKeys()) {
                        PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(name));
                        if (PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE))) {
                            images.add(x);
                        }
                    }
                }
            }
            assertThat(text.toString().replaceAll("\\s+", " ")).contains("BÁO CÁO", "Tiếp nhận, xử lý phản ánh, kiến nghị",
                    "Biểu đồ 2. Phản ánh, kiến nghị chuyển cơ quan", "Cung cấp thông tin của các cơ quan, đơn vị");
            assertThat(images).hasSize(3);
        } finally {
            pdf.close();
        }
    }

    @Test
    void theWorkbookHoldsTheFiguresAsNumbers() throws Exception {
        ReportDocuments.File xlsx = documents.file(october, "xlsx").orElseThrow();
        assertThat(xlsx.name()).isEqualTo("bao-cao-2025-10.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            Sheet summary = book.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("tháng 10/2025");
            assertThat(value(summary, "Tin, bài tiếp nhận")).isEqualTo(2.0);
            assertThat(value(summary, "Tin, bài đăng tải")).isEqualTo(1.0);
            assertThat(value(summary, "Trung vị số ngày từ gửi đến đăng")).isEqualTo(3.0);
            assertThat(value(summary, "Cơ quan trả lời trễ hạn")).isEqualTo(1.0);
            Sheet feedback = book.getSheet("Phản ánh theo cơ quan");
            assertThat(feedback.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Trả lời trễ hạn");
            assertThat(feedback.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Sở Y tế");
            assertThat(feedback.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
            Sheet fields = book.getSheet("Tin bài theo lĩnh vực");
            assertThat(fields.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Văn hóa, xã hội");
            assertThat(book.getSheet("Xu hướng 12 tháng").getRow(12).getCell(1).getStringCellValue()).isEqualTo("10/2025");
        }
    }

    private static double value(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
