package vn.angiang.editorial.feedback.web;

import vn.angiang.editorial.platform.process.BoardTime;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackValidator;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The public HTML pages, rendered on the server: they work without JavaScript, in Vietnamese
 * ({@code lang="vi"}), every field has its label, required fields say so, and each error message stands
 * next to its field ({@code aria-describedby}, {@code aria-invalid}) with a summary at the top that links
 * to the fields. Every value is HTML-escaped.
 */
final class FeedbackPages {

    private static final Map<String, String> LABELS = Map.of(
            "senderName", "Họ và tên",
            "senderAddress", "Địa chỉ",
            "senderPhone", "Số điện thoại",
            "senderEmail", "Thư điện tử (e-mail)",
            "subject", "Tiêu đề",
            "content", "Nội dung phản ánh, kiến nghị",
            "topic", "Lĩnh vực",
            "area", "Địa bàn (xã, phường, đặc khu)");

    private FeedbackPages() {
    }

    static String form(FeedbackCatalog catalog, Map<String, String> values, Map<String, String> errors) {
        StringBuilder html = head("Gửi phản ánh, kiến nghị");
        html.append("<main id=\"noi-dung\">\n<h1>Gửi phản ánh, kiến nghị đến Cổng thông tin điện tử tỉnh An Giang</h1>\n");
        html.append("<p>Ban Biên tập tiếp nhận phản ánh, kiến nghị để trả lời hoặc chuyển cơ quan có thẩm quyền giải quyết. ")
                .append("Phản ánh, kiến nghị viết bằng tiếng Việt, ghi rõ họ tên, địa chỉ và số điện thoại hoặc thư điện tử của người gửi. ")
                .append("Thông tin cá nhân của Ông/Bà không được công khai.</p>\n");
        html.append("<p>Các mục có dấu <span aria-hidden=\"true\">*</span><span class=\"sr\">(bắt buộc)</span> là bắt buộc.</p>\n");
        if (!errors.isEmpty()) {
            html.append("<div class=\"loi-tong\" role=\"alert\" tabindex=\"-1\" id=\"loi\">\n<h2>Phản ánh chưa được gửi: có ")
                    .append(errors.size()).append(" mục cần sửa</h2>\n<ul>\n");
            errors.forEach((field, message) -> html.append("<li><a href=\"#").append(esc(field)).append("\">")
                    .append(esc(message)).append("</a></li>\n"));
            html.append("</ul>\n</div>\n");
        }
        html.append("<form method=\"post\" action=\"").append(PublicFeedbackController.BASE)
                .append("/form\" accept-charset=\"UTF-8\" novalidate>\n");
        html.append("<fieldset>\n<legend>Người gửi</legend>\n");
        input(html, "senderName", "text", true, FeedbackValidator.MAX_NAME, values, errors, "name", null);
        textarea(html, "senderAddress", true, FeedbackValidator.MAX_ADDRESS, 2, values, errors,
                "Số nhà, đường, ấp/khóm, xã/phường.");
        input(html, "senderPhone", "tel", false, FeedbackValidator.MAX_PHONE, values, errors, "tel",
                "Ghi số điện thoại hoặc thư điện tử (ít nhất một trong hai).");
        input(html, "senderEmail", "email", false, FeedbackValidator.MAX_EMAIL, values, errors, "email",
                "Kết quả trả lời được gửi về địa chỉ này.");
        html.append("</fieldset>\n<fieldset>\n<legend>Nội dung</legend>\n");
        select(html, "topic", catalog.topics(), values, errors);
        select(html, "area", catalog.areas(), values, errors);
        input(html, "subject", "text", true, FeedbackValidator.MAX_SUBJECT, values, errors, "off", null);
        textarea(html, "content", true, FeedbackValidator.MAX_CONTENT, 10, values, errors,
                "Tối đa " + FeedbackValidator.MAX_CONTENT + " ký tự, văn bản thường (không dùng thẻ HTML).");
        html.append("</fieldset>\n<p><button type=\"submit\">Gửi phản ánh, kiến nghị</button></p>\n</form>\n");
        html.append("<p><a href=\"").append(PublicFeedbackController.BASE).append("/status\">Tra cứu kết quả bằng mã tra cứu</a></p>\n");
        return foot(html);
    }

    static String received(Feedback f) {
        StringBuilder html = head("Đã tiếp nhận phản ánh, kiến nghị");
        html.append("<main id=\"noi-dung\">\n<h1>Đã tiếp nhận phản ánh, kiến nghị</h1>\n");
        html.append("<p role=\"status\">Ban Biên tập đã tiếp nhận phản ánh, kiến nghị của Ông/Bà.</p>\n");
        html.append("<p>Mã tra cứu: <strong class=\"ma\">").append(esc(f.trackingCode())).append("</strong></p>\n");
        html.append("<p>Hãy ghi lại mã này để theo dõi kết quả xử lý. ")
                .append(f.senderEmail() != null ? "Kết quả trả lời cũng được gửi về thư điện tử của Ông/Bà." : "")
                .append("</p>\n");
        html.append("<p><a href=\"").append(PublicFeedbackController.BASE).append("/status?code=")
                .append(esc(f.trackingCode())).append("\">Xem tình trạng xử lý</a></p>\n");
        return foot(html);
    }

    static String status(String code, PublicStatus status, String error) {
        StringBuilder html = head("Tra cứu phản ánh, kiến nghị");
        html.append("<main id=\"noi-dung\">\n<h1>Tra cứu phản ánh, kiến nghị</h1>\n");
        html.append("<form method=\"get\" action=\"").append(PublicFeedbackController.BASE).append("/status\">\n");
        html.append("<div class=\"truong").append(error == null ? "" : " co-loi").append("\">\n")
                .append("<label for=\"code\">Mã tra cứu</label>\n");
        if (error != null) {
            html.append("<p class=\"loi\" id=\"code-loi\"><span class=\"sr\">Lỗi: </span>").append(esc(error)).append("</p>\n");
        }
        html.append("<input id=\"code\" name=\"code\" type=\"text\" maxlength=\"40\" autocomplete=\"off\" value=\"")
                .append(esc(code == null ? "" : code)).append("\"")
                .append(error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"code-loi\"").append(">\n</div>\n")
                .append("<p><button type=\"submit\">Tra cứu</button></p>\n</form>\n");
        if (status != null) {
            html.append("<section aria-labelledby=\"ket-qua\">\n<h2 id=\"ket-qua\">Phản ánh ").append(esc(status.trackingCode()))
                    .append("</h2>\n<dl>\n");
            dl(html, "Tình trạng", status.statusLabel());
            dl(html, "Ngày tiếp nhận", format(status.receivedAt()));
            dl(html, "Lĩnh vực", status.topicLabel());
            dl(html, "Địa bàn", status.areaLabel());
            dl(html, "Cơ quan xử lý", status.handlingAgency());
            dl(html, "Cập nhật tiến độ", status.lastProgressAt() == null ? null : format(status.lastProgressAt()) + " — đang xử lý");
            dl(html, "Lý do không thụ lý", status.rejectionReason());
            dl(html, "Ngày trả lời", format(status.publishedAt()));
            html.append("</dl>\n");
            if (status.answer() != null) {
                html.append("<h3>Nội dung phản ánh, kiến nghị</h3>\n").append(paragraphs(status.question()));
                html.append("<h3>Trả lời</h3>\n").append(paragraphs(status.answer()));
            }
            html.append("</section>\n");
        }
        html.append("<p><a href=\"").append(PublicFeedbackController.BASE).append("/form\">Gửi phản ánh, kiến nghị mới</a></p>\n");
        return foot(html);
    }

    static String message(String title, String message) {
        StringBuilder html = head(title);
        html.append("<main id=\"noi-dung\">\n<h1>").append(esc(title)).append("</h1>\n<p role=\"alert\">").append(esc(message))
                .append("</p>\n<p><a href=\"").append(PublicFeedbackController.BASE).append("/form\">Quay lại biểu mẫu</a></p>\n");
        return foot(html);
    }

    // --- pieces ----------------------------------------------------------------------------------

    private static StringBuilder head(String title) {
        return new StringBuilder(8192).append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append(" — Cổng thông tin điện tử tỉnh An Giang</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1b1b}\n")
                .append("label,legend{font-weight:600;display:block;margin-top:1rem}fieldset{border:1px solid #888;margin:1rem 0;padding:0 1rem 1rem}\n")
                .append("input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:2px solid #555}\n")
                .append("input:focus,select:focus,textarea:focus,button:focus,a:focus{outline:3px solid #1f6fb2;outline-offset:2px}\n")
                .append(".goi-y{color:#444;margin:.25rem 0}.loi{color:#b00020;font-weight:600;margin:.25rem 0}\n")
                .append(".co-loi input,.co-loi select,.co-loi textarea{border-color:#b00020}\n")
                .append(".loi-tong{border:3px solid #b00020;padding:0 1rem;margin:1rem 0}.loi-tong a{color:#b00020}\n")
                .append("button{font:inherit;font-weight:600;padding:.6rem 1.4rem;background:#1f6fb2;color:#fff;border:0;cursor:pointer}\n")
                .append(".ma{font-size:1.4rem;letter-spacing:.05em}.sr{position:absolute;left:-9999px}dt{font-weight:600}dd{margin:0 0 .5rem}\n")
                .append("</style>\n</head>\n<body>\n<a class=\"sr\" href=\"#noi-dung\">Đến nội dung chính</a>\n");
    }

    private static String foot(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void fieldStart(StringBuilder html, String field, boolean required, Map<String, String> errors, String hint) {
        html.append("<div class=\"truong").append(errors.containsKey(field) ? " co-loi" : "").append("\">\n<label for=\"")
                .append(field).append("\">").append(esc(LABELS.get(field)));
        if (required) {
            html.append(" <span aria-hidden=\"true\">*</span><span class=\"sr\">(bắt buộc)</span>");
        }
        html.append("</label>\n");
        if (hint != null) {
            html.append("<p class=\"goi-y\" id=\"").append(field).append("-goi-y\">").append(esc(hint)).append("</p>\n");
        }
        if (errors.containsKey(field)) {
            html.append("<p class=\"loi\" id=\"").append(field).append("-loi\"><span class=\"sr\">Lỗi: </span>")
                    .append(esc(errors.get(field))).append("</p>\n");
        }
    }

    private static String described(String field, Map<String, String> errors, String hint) {
        StringBuilder ids = new StringBuilder();
        if (hint != null) {
            ids.append(field).append("-goi-y");
        }
        if (errors.containsKey(field)) {
            ids.append(ids.isEmpty() ? "" : " ").append(field).append("-loi");
        }
        String attributes = ids.isEmpty() ? "" : " aria-describedby=\"" + ids + "\"";
        return attributes + (errors.containsKey(field) ? " aria-invalid=\"true\"" : "");
    }

    private static void input(StringBuilder html, String field, String type, boolean required, int max,
            Map<String, String> values, Map<String, String> errors, String autocomplete, String hint) {
        fieldStart(html, field, required, errors, hint);
        html.append("<input id=\"").append(field).append("\" name=\"").append(field).append("\" type=\"").append(type)
                .append("\" maxlength=\"").append(max).append("\" autocomplete=\"").append(autocomplete).append("\"")
                .append(required ? " required aria-required=\"true\"" : "").append(described(field, errors, hint))
                .append(" value=\"").append(esc(values.getOrDefault(field, ""))).append("\">\n</div>\n");
    }

    private static void textarea(StringBuilder html, String field, boolean required, int max, int rows,
            Map<String, String> values, Map<String, String> errors, String hint) {
        fieldStart(html, field, required, errors, hint);
        html.append("<textarea id=\"").append(field).append("\" name=\"").append(field).append("\" rows=\"").append(rows)
                .append("\" maxlength=\"").append(max).append("\"").append(required ? " required aria-required=\"true\"" : "")
                .append(described(field, errors, hint)).append(">").append(esc(values.getOrDefault(field, "")))
                .append("</textarea>\n</div>\n");
    }

    private static void select(StringBuilder html, String field, List<FeedbackCatalog.Option> options,
            Map<String, String> values, Map<String, String> errors) {
        fieldStart(html, field, true, errors, null);
        html.append("<select id=\"").append(field).append("\" name=\"").append(field).append("\" required aria-required=\"true\"")
                .append(described(field, errors, null)).append(">\n<option value=\"\">— Chọn —</option>\n");
        String chosen = values.get(field);
        for (FeedbackCatalog.Option option : options) {
            html.append("<option value=\"").append(esc(option.code())).append("\"")
                    .append(option.code().equals(chosen) ? " selected" : "").append(">").append(esc(option.label()))
                    .append("</option>\n");
        }
        html.append("</select>\n</div>\n");
    }

    private static void dl(StringBuilder html, String term, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
        }
    }

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : (text == null ? "" : text).split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(esc(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>\n");
            }
        }
        return out.toString();
    }

    static String format(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(BoardTime.ZONE).format(BoardTime.DATE_TIME);
    }

    static String esc(String text) {
        return text == null ? "" : htmlEscape(text, "UTF-8");
    }
}
