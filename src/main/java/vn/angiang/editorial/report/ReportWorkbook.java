package vn.angiang.editorial.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.angiang.editorial.report.ReportTables.Named;

/**
 * The figures as a workbook (XLSX, Apache POI) for officials who rework them: a summary sheet, then one sheet a
 * table of the report, numbers as numbers.
 */
public final class ReportWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportWorkbook() {
    }

    public static byte[] write(ReportFigures f) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = book.createSheet("Tổng hợp");
            List<List<Object>> lines = List.of(
                    List.of("Kỳ báo cáo", f.period().label()),
                    List.of("Tin, bài tiếp nhận", f.content().total().submitted()),
                    List.of("Tin, bài đăng tải", f.content().total().published()),
                    List.of("Tin, bài trả lại", f.content().total().returned()),
                    List.of("Tin, bài từ chối", f.content().total().rejected()),
                    List.of("Tin, bài gỡ bỏ", f.content().total().takenDown()),
                    List.of("Trung vị số ngày từ gửi đến đăng", f.content().medianDays() == null ? "" : f.content().medianDays()),
                    List.of("90 % tin, bài được đăng trong (ngày)", f.content().p90Days() == null ? "" : f.content().p90Days()),
                    List.of("Phản ánh, kiến nghị tiếp nhận", f.feedback().received()),
                    List.of("Không đủ điều kiện xử lý, không thuộc phạm vi", f.feedback().notAccepted()),
                    List.of("Ban Biên tập trả lời", f.feedback().answeredByBoard()),
                    List.of("Chuyển cơ quan có thẩm quyền", f.feedback().forwarded()),
                    List.of("Cơ quan trả lời đúng hạn", f.feedback().onTime()),
                    List.of("Cơ quan trả lời trễ hạn", f.feedback().late()),
                    List.of("Quá hạn chưa trả lời cuối kỳ", f.feedback().openOverdue()),
                    List.of("Bảng kê nhuận bút được duyệt", f.royalties().statements()),
                    List.of("Tác phẩm được chi trả", f.royalties().worksPaid()),
                    List.of("Tổng tiền nhuận bút (đồng)", f.royalties().total()),
                    List.of("Thuế TNCN khấu trừ (đồng)", f.royalties().taxWithheld()),
                    List.of("Cuộc họp", f.meetings().held()),
                    List.of("Nhiệm vụ sau họp chưa hoàn thành", f.meetings().openFollowUps()),
                    List.of("Cơ quan chưa đủ định mức cung cấp thông tin", (long) f.agenciesBelowDuty().size()));
            for (int i = 0; i < lines.size(); i++) {
                Row row = summary.createRow(i);
                row.createCell(0).setCellValue(String.valueOf(lines.get(i).get(0)));
                Object value = lines.get(i).get(1);
                if (value instanceof Number number) {
                    row.createCell(1).setCellValue(number.doubleValue());
                } else {
                    row.createCell(1).setCellValue(String.valueOf(value));
                }
            }
            summary.setColumnWidth(0, 50 * 256);
            summary.setColumnWidth(1, 30 * 256);
            for (Named named : ReportTables.all(f)) {
                Sheet sheet = book.createSheet(named.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < named.table().header().size(); c++) {
                    header.createCell(c).setCellValue(named.table().header().get(c));
                    header.getCell(c).setCellStyle(bold);
                    sheet.setColumnWidth(c, (c == 1 ? 40 : 16) * 256);
                }
                for (int r = 0; r < named.table().rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<String> cells = named.table().rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String text = cells.get(c);
                        // numbers were written as officials read them (1.234.000): back to numbers, but not a month (11/2026)
                        if (c > 0 && text.matches("\\d{1,3}(\\.\\d{3})*")) {
                            row.createCell(c).setCellValue(Double.parseDouble(text.replace(".", "")));
                        } else {
                            row.createCell(c).setCellValue(text);
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp XLSX của báo cáo", e);
        }
    }
}
