package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.validation.InputRefused;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.validation.PlainText;

/**
 * The rules a submission must meet (NĐ 20/2008/NĐ-CP as amended: name, address and phone or e-mail of
 * the sender; plus subject, content, topic and area), with one Vietnamese message per faulty field.
 *
 * <p>Everything is plain text. Markup is refused, not cleaned: nobody's words are silently changed,
 * and nothing that could ever be rendered as HTML is stored. Control characters, unpaired surrogates
 * and direction overrides are refused too (they hide text or break storage). Text is normalised to
 * Unicode NFC (Vietnamese typed on some keyboards arrives decomposed) and trimmed.
 */
@Component
public class FeedbackValidator {

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_PHONE = 32;
    public static final int MAX_EMAIL = 254;
    public static final int MIN_SUBJECT = 5;
    public static final int MAX_SUBJECT = 200;
    public static final int MIN_CONTENT = 20;
    public static final int MAX_CONTENT = 10_000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_ANSWER = 10_000;

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    /** the start of a tag, comment, doctype or processing instruction */
    private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 .()\\-]+");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private final FeedbackCatalog catalog;

    public FeedbackValidator(FeedbackCatalog catalog) {
        this.catalog = catalog;
    }

    /** Checks a submission; returns it cleaned (trimmed, NFC, phone and e-mail normalised). */
    public FeedbackForm check(FeedbackForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = line(errors, "senderName", "Họ và tên", form.senderName(), 2, MAX_NAME, true);
        String address = text(errors, "senderAddress", "Địa chỉ", form.senderAddress(), 5, MAX_ADDRESS, true);
        String phone = phone(errors, form.senderPhone());
        String email = email(errors, form.senderEmail());
        if (phone == null && email == null && !errors.containsKey("senderPhone") && !errors.containsKey("senderEmail")) {
            errors.put("senderPhone", "Cần ghi số điện thoại hoặc địa chỉ thư điện tử để Ban Biên tập liên hệ, trả lời.");
        }
        String subject = line(errors, "subject", "Tiêu đề", form.subject(), MIN_SUBJECT, MAX_SUBJECT, true);
        String content = text(errors, "content", "Nội dung phản ánh, kiến nghị", form.content(), MIN_CONTENT, MAX_CONTENT, true);
        String topic = code(form.topic());
        if (topic == null) {
            errors.put("topic", "Chưa chọn lĩnh vực.");
        } else if (!catalog.isTopic(topic)) {
            errors.put("topic", "Lĩnh vực đã chọn không có trong danh mục; hãy chọn một lĩnh vực trong danh sách.");
        }
        String area = code(form.area());
        if (area == null) {
            errors.put("area", "Chưa chọn địa bàn (xã, phường).");
        } else if (!catalog.isArea(area)) {
            errors.put("area", "Địa bàn đã chọn không có trong danh mục; hãy chọn một xã, phường trong danh sách.");
        }
        if (!errors.isEmpty()) {
            throw new InputRefused(ordered(errors));
        }
        return new FeedbackForm(name, address, phone, email, subject, content, topic, area);
    }

    /** A decision's reason, comment or answer: plain text, possibly several lines. */
    public String comment(Map<String, String> errors, String field, String label, String raw, int max, boolean required) {
        return text(errors, field, label, raw, required ? 1 : 0, max, required);
    }

    /** Checks that a text is acceptable plain text; null if blank. */
    String text(Map<String, String> errors, String field, String label, String raw, int min, int max, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.put(field, label + " là bắt buộc.");
            }
            return null;
        }
        String problem = unsafe(raw);
        if (problem != null) {
            errors.put(field, label + " " + problem);
            return null;
        }
        String value = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            errors.put(field, String.format(VI, "%s quá dài: tối đa %,d ký tự, bản gửi có %,d ký tự.", label, max, length));
            return null;
        }
        if (length < min) {
            errors.put(field, String.format(VI, "%s quá ngắn: cần ít nhất %d ký tự.", label, min));
            return null;
        }
        if (MARKUP.matcher(value).find()) {
            errors.put(field, label + " là văn bản thường, không được chứa thẻ HTML hay mã lệnh (dấu < viết liền trước chữ cái, /, ! hoặc ?).");
            return null;
        }
        return value;
    }

    /** A one-line text: line breaks and tabs become single spaces. */
    private String line(Map<String, String> errors, String field, String label, String raw, int min, int max, boolean required) {
        String value = text(errors, field, label, raw, min, max, required);
        return value == null ? null : LINE_BREAKS.matcher(value).replaceAll(" ");
    }

    /** Why a text cannot be stored as it is, or null. */
    public static String unsafe(String raw) {
        return PlainText.unsafeCharacters(raw);
    }

    private static String phone(Map<String, String> errors, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > MAX_PHONE || !PHONE_CHARS.matcher(value).matches()) {
            errors.put("senderPhone", "Số điện thoại chỉ gồm chữ số (có thể có dấu +, khoảng trắng, dấu chấm, gạch ngang), ví dụ 0296 3852 123.");
            return null;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (value.startsWith("+") && !digits.startsWith("84")) {
            errors.put("senderPhone", "Số điện thoại phải là số Việt Nam (bắt đầu bằng 0 hoặc +84).");
            return null;
        }
        if (digits.startsWith("84") && value.startsWith("+")) {
            digits = "0" + digits.substring(2);
        }
        if (!digits.startsWith("0") || digits.length() < 10 || digits.length() > 11) {
            errors.put("senderPhone", "Số điện thoại không đúng: cần 10 hoặc 11 chữ số, bắt đầu bằng 0 (hoặc +84).");
            return null;
        }
        return digits;
    }

    private static String email(Map<String, String> errors, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches() || !plainAddress(value)) {
            errors.put("senderEmail", "Địa chỉ thư điện tử không đúng, ví dụ đúng: nguyenvana@gmail.com.");
            return null;
        }
        return value;
    }

    /** The same test the outbox applies to a recipient: a mail to this address can be queued. */
    private static boolean plainAddress(String value) {
        try {
            InternetAddress parsed = new InternetAddress(value, true);
            return value.equals(parsed.getAddress()) && value.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    private static String code(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip();
    }

    private static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : FeedbackForm.FIELDS) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
