package vn.angiang.editorial.feedback.web;

import vn.angiang.editorial.platform.validation.InputRefused;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackForm;
import vn.angiang.editorial.feedback.FeedbackIntake;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackValidator;
import vn.angiang.editorial.feedback.TrackingCodes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plain HTML pages the portal links to: {@code GET /public/feedback/form} (the form),
 * {@code POST /public/feedback/form} (an ordinary form post, answered with the confirmation or the form
 * again with the messages next to the fields) and {@code GET /public/feedback/status?code=...}.
 * Same rules, limits and rate limit as the JSON endpoint. The pages are {@link FeedbackPages}' templates.
 */
@RestController
public class FeedbackPageController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final FeedbackIntake intake;
    private final FeedbackService service;
    private final FeedbackCatalog catalog;
    private final FeedbackPages pages;
    private final FeedbackIntakeProperties properties;
    private final RateLimiter submissions;
    private final RateLimiter lookups;

    FeedbackPageController(FeedbackIntake intake, FeedbackService service, FeedbackCatalog catalog,
            FeedbackPages pages, FeedbackIntakeProperties properties, PublicRateLimits limits) {
        this.intake = intake;
        this.pages = pages;
        this.submissions = limits.submissions;
        this.lookups = limits.lookups;
        this.service = service;
        this.catalog = catalog;
        this.properties = properties;
    }

    @GetMapping(PublicFeedbackController.BASE + "/form")
    public ResponseEntity<String> form() {
        return page(HttpStatus.OK, pages.form(Map.of(), Map.of()));
    }

    /** Set by Tomcat when it could not read a form body (too large, broken encoding). */
    private static final String PARAMETER_PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

    @PostMapping(PublicFeedbackController.BASE + "/form")
    public ResponseEntity<String> submit(HttpServletRequest request) {
        long wait = submissions.acquire(request.getRemoteAddr(), properties.rateLimitPerMinute());
        if (wait > 0) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                    .contentType(HTML).body(pages.notSent(FeedbackPages.NotSent.TOO_MANY, wait));
        }
        if (!isForm(request.getContentType())) {
            return page(HttpStatus.UNSUPPORTED_MEDIA_TYPE, pages.notSent(FeedbackPages.NotSent.NOT_A_FORM, 0));
        }
        if (request.getContentLengthLong() > properties.maxBodyBytes()) {
            return page(HttpStatus.PAYLOAD_TOO_LARGE, pages.notSent(FeedbackPages.NotSent.TOO_LARGE,
                    properties.maxBodyBytes() / 1024));
        }
        Map<String, String> values = new HashMap<>();
        for (String field : FeedbackForm.FIELDS) {
            String[] given = request.getParameterValues(field);
            if (given != null && given.length > 0) {
                values.put(field, given[0]);
            }
        }
        // a chunked body declares no length: the container's form limit (server.tomcat.max-http-form-post-size,
        // set to the same size) stops reading it and says so here
        if (request.getAttribute(PARAMETER_PARSE_FAILED) != null) {
            return page(HttpStatus.PAYLOAD_TOO_LARGE, pages.notSent(FeedbackPages.NotSent.UNREADABLE,
                    properties.maxBodyBytes() / 1024));
        }
        FeedbackForm form = new FeedbackForm(values.get("senderName"), values.get("senderAddress"),
                values.get("senderPhone"), values.get("senderEmail"), values.get("subject"), values.get("content"),
                values.get("topic"), values.get("area"));
        try {
            Feedback feedback = intake.submit(form);
            return page(HttpStatus.CREATED, pages.received(feedback));
        } catch (InputRefused e) {
            Map<String, String> shown = new LinkedHashMap<>(values);
            // refused text is given back for correction only if it is safe to show (it is escaped anyway)
            e.errors().keySet().forEach(field -> {
                if (FeedbackValidator.unsafe(shown.getOrDefault(field, "")) != null) {
                    shown.remove(field);
                }
            });
            return page(HttpStatus.BAD_REQUEST, pages.form(shown, e.errors()));
        }
    }

    @GetMapping(PublicFeedbackController.BASE + "/status")
    public ResponseEntity<String> status(@RequestParam(required = false) String code, HttpServletRequest request) {
        if (code == null || code.isBlank()) {
            return page(HttpStatus.OK, pages.status(null, null, null, 0));
        }
        long wait = lookups.acquire(request.getRemoteAddr(), properties.lookupsPerMinute());
        if (wait > 0) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                    .contentType(HTML).body(pages.status(null, null, FeedbackPages.LookupProblem.TOO_MANY, wait));
        }
        String shown = code.length() > 40 ? code.substring(0, 40) : code;
        if (TrackingCodes.parse(code).isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, pages.status(shown, null, FeedbackPages.LookupProblem.MALFORMED, 0));
        }
        return service.findByTrackingCode(code)
                .map(f -> page(HttpStatus.OK, pages.status(f.trackingCode(), PublicStatus.of(f, catalog), null, 0)))
                .orElseGet(() -> page(HttpStatus.NOT_FOUND,
                        pages.status(shown, null, FeedbackPages.LookupProblem.NOT_FOUND, 0)));
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ResponseEntity<String> page(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
    }
}
