package vn.angiang.editorial.feedback.web;

import vn.angiang.editorial.platform.validation.InputRefused;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackForm;
import vn.angiang.editorial.feedback.FeedbackIntake;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.TrackingCodes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, unauthenticated JSON endpoints of feedback (Đ5.4; QĐ 31/2021/QĐ-TTg):
 * <ul>
 * <li>{@code POST /public/feedback} ({@code application/json}, UTF-8): a submission → 201 with the tracking code;</li>
 * <li>{@code GET /public/feedback/{trackingCode}}: the stage and, once published, the answer;</li>
 * <li>{@code GET /public/feedback/answers}: published questions and answers, newest first;</li>
 * <li>{@code GET /public/feedback/catalog}: the topics and areas to choose from.</li>
 * </ul>
 * Every refusal is a 4xx with a Vietnamese {@code message} (and {@code errors} per field for a 400),
 * and nothing is stored: the body is read here, bounded, and parsed strictly (no Spring binding in between).
 */
@RestController
public class PublicFeedbackController {

    public static final String BASE = "/public/feedback";

    private final FeedbackIntake intake;
    private final FeedbackService service;
    private final FeedbackCatalog catalog;
    private final FeedbackIntakeProperties properties;
    private final RateLimiter submissions;
    private final RateLimiter lookups;
    private final ObjectMapper json;

    public PublicFeedbackController(FeedbackIntake intake, FeedbackService service, FeedbackCatalog catalog,
            FeedbackIntakeProperties properties, PublicRateLimits limits) {
        this.intake = intake;
        this.submissions = limits.submissions;
        this.lookups = limits.lookups;
        this.service = service;
        this.catalog = catalog;
        this.properties = properties;
        this.json = new ObjectMapper();
        this.json.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build());
    }

    @PostMapping(BASE)
    public ResponseEntity<Map<String, Object>> submit(HttpServletRequest request) throws IOException {
        long wait = submissions.acquire(request.getRemoteAddr(), properties.rateLimitPerMinute());
        if (wait > 0) {
            return tooMany(wait);
        }
        if (!isJson(request.getContentType())) {
            return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Nội dung gửi phải ở dạng JSON (Content-Type: application/json; charset=UTF-8).");
        }
        byte[] body = readBounded(request);
        if (body == null) {
            return refuse(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
        }
        FeedbackForm form;
        try {
            form = parse(body);
        } catch (BadJson e) {
            return refuse(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        try {
            Feedback feedback = intake.submit(form);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("trackingCode", feedback.trackingCode());
            answer.put("status", feedback.status().name());
            answer.put("statusLabel", feedback.status().publicLabel());
            answer.put("statusUrl", BASE + "/" + feedback.trackingCode());
            answer.put("message", "Ban Biên tập đã tiếp nhận phản ánh, kiến nghị. Mã tra cứu: " + feedback.trackingCode()
                    + ". Hãy giữ mã này để theo dõi kết quả xử lý.");
            return ResponseEntity.created(URI.create(BASE + "/" + feedback.trackingCode())).body(answer);
        } catch (InputRefused e) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("message", "Phản ánh, kiến nghị chưa được gửi: " + e.getMessage());
            problem.put("errors", e.errors());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(problem);
        }
    }

    @GetMapping(BASE + "/{trackingCode}")
    public ResponseEntity<?> status(@PathVariable String trackingCode, HttpServletRequest request) {
        long wait = lookups.acquire(request.getRemoteAddr(), properties.lookupsPerMinute());
        if (wait > 0) {
            return tooMany(wait);
        }
        if (TrackingCodes.parse(trackingCode).isEmpty()) {
            return refuse(HttpStatus.BAD_REQUEST, "Mã tra cứu không đúng dạng (ví dụ đúng: PA-7K3MQ-9Q2XD).");
        }
        return service.findByTrackingCode(trackingCode)
                .<ResponseEntity<?>>map(f -> ResponseEntity.ok().cacheControl(CacheControl.noCache())
                        .body(PublicStatus.of(f, catalog)))
                .orElseGet(() -> refuse(HttpStatus.NOT_FOUND, "Không tìm thấy phản ánh, kiến nghị có mã tra cứu này."));
    }

    @GetMapping(BASE + "/answers")
    public ResponseEntity<List<PublicStatus.PublishedAnswer>> answers(@RequestParam(defaultValue = "20") String limit) {
        int size;
        try {
            size = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            size = 20;
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(service.published(size).stream()
                .map(f -> PublicStatus.PublishedAnswer.of(f, catalog)).toList());
    }

    @GetMapping(BASE + "/catalog")
    public Map<String, Object> catalog() {
        return Map.of("topics", catalog.topics(), "areas", catalog.areas());
    }

    // --- parsing ---------------------------------------------------------------------------------

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                    && (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The body, or null if it is larger than allowed (the declared length is checked before reading). */
    private byte[] readBounded(HttpServletRequest request) throws IOException {
        int max = properties.maxBodyBytes();
        if (request.getContentLengthLong() > max) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            return body.length > max ? null : body;
        }
    }

    private String tooLarge() {
        return "Nội dung gửi quá lớn: tối đa " + properties.maxBodyBytes() / 1024 + " KB.";
    }

    static final class BadJson extends Exception {
        private static final long serialVersionUID = 1L;

        BadJson(String message) {
            super(message);
        }
    }

    FeedbackForm parse(byte[] body) throws BadJson {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadJson("Nội dung gửi không phải JSON hợp lệ (UTF-8). Hãy gửi một đối tượng JSON với các trường: "
                    + String.join(", ", FeedbackForm.FIELDS) + ".");
        } catch (IOException e) {
            throw new BadJson("Không đọc được nội dung gửi.");
        }
        if (root == null || !root.isObject()) {
            throw new BadJson("Nội dung gửi phải là một đối tượng JSON với các trường: " + String.join(", ", FeedbackForm.FIELDS) + ".");
        }
        Map<String, String> values = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (!FeedbackForm.FIELDS.contains(name)) {
                // the name is repeated only if it is a plain identifier: a response never echoes markup
                throw new BadJson((name.matches("[A-Za-z0-9_-]{1,40}") ? "Trường «" + name + "»" : "Một trường")
                        + " không được hỗ trợ. Các trường hợp lệ: " + String.join(", ", FeedbackForm.FIELDS) + ".");
            }
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw new BadJson("Trường «" + name + "» phải là một chuỗi văn bản.");
            }
            values.put(name, value.textValue());
        }
        return new FeedbackForm(values.get("senderName"), values.get("senderAddress"), values.get("senderPhone"),
                values.get("senderEmail"), values.get("subject"), values.get("content"), values.get("topic"),
                values.get("area"));
    }

    private static ResponseEntity<Map<String, Object>> tooMany(long waitSeconds) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", "Quá nhiều yêu cầu từ cùng một địa chỉ. Vui lòng thử lại sau " + waitSeconds + " giây."));
    }

    private static ResponseEntity<Map<String, Object>> refuse(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
    }
}
