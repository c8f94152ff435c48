package vn.angiang.editorial.feedback;

import vn.angiang.editorial.feedback.web.FeedbackIntakeProperties;
import vn.angiang.editorial.feedback.web.PublicFeedbackController;
import vn.angiang.editorial.feedback.web.PublicRateLimits;
import vn.angiang.editorial.feedback.web.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** Floods and sizes at the door: refused before anything is parsed, looked up or stored. */
class PublicIntakeLimitsTest {

    /** No intake, no service: a request that got past the door would fail the test with an exception. */
    final PublicFeedbackController controller = new PublicFeedbackController(null, null, FeedbackTestCatalog.catalog(),
            new FeedbackIntakeProperties(3, 3, 1024), new PublicRateLimits());

    static MockHttpServletRequest request(String client, String contentType, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/feedback");
        request.setRemoteAddr(client);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void aFloodFromOneAddressIsRefusedWith429AndARetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(controller.submit(request("203.0.113.7", "text/plain", "x")).getStatusCode().value()).isEqualTo(415);
        }
        ResponseEntity<?> refused = controller.submit(request("203.0.113.7", "application/json", "{}"));

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
        assertThat(refused.getBody().toString()).contains("Quá nhiều yêu cầu");
        assertThat(controller.submit(request("198.51.100.2", "text/plain", "x")).getStatusCode().value())
                .as("another address is not affected").isEqualTo(415);
    }

    @Test
    void oversizedBodiesAndWrongContentTypesAreRefused() throws Exception {
        assertThat(controller.submit(request("192.0.2.1", "application/json", "{\"content\":\"" + "a".repeat(2000) + "\"}"))
                .getStatusCode().value()).isEqualTo(413);
        assertThat(controller.submit(request("192.0.2.2", "application/json;charset=ISO-8859-1", "{}")).getStatusCode().value())
                .isEqualTo(415);
        assertThat(controller.submit(request("192.0.2.3", "this is / not a type", "{}")).getStatusCode().value()).isEqualTo(415);
        ResponseEntity<?> untyped = controller.submit(request("192.0.2.3", null, "{}"));
        assertThat(untyped.getStatusCode().value()).isEqualTo(415);
        assertThat(untyped.getBody().toString()).contains("JSON");
    }

    @Test
    void theBucketRefillsOverTheMinute() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(now::get);
        assertThat(limiter.acquire("a", 2)).isZero();
        assertThat(limiter.acquire("a", 2)).isZero();
        assertThat(limiter.acquire("a", 2)).isEqualTo(30);
        now.addAndGet(30_000_000_000L);
        assertThat(limiter.acquire("a", 2)).as("half a minute later one more").isZero();
        assertThat(limiter.acquire("a", 2)).isPositive();
    }
}
