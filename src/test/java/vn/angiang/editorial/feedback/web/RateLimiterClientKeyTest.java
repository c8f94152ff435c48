package vn.angiang.editorial.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterClientKeyTest {

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(RateLimiter.clientKey("2001:db8:1:2:aaaa::1")).isEqualTo(RateLimiter.clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
        assertThat(RateLimiter.clientKey("2001:db8:1:2::1")).isNotEqualTo(RateLimiter.clientKey("2001:db8:1:3::1"));
        assertThat(RateLimiter.clientKey("[2001:db8:1:2::1]")).isEqualTo(RateLimiter.clientKey("2001:db8:1:2::9"));
    }

    @Test
    void anIpv4ClientIsCountedByItsAddress() {
        assertThat(RateLimiter.clientKey("203.0.113.7")).isNotEqualTo(RateLimiter.clientKey("203.0.113.8"));
    }

    @Test
    void aSlash64SharesOneAllowance() {
        RateLimiter limiter = new RateLimiter();
        assertThat(limiter.acquire("2001:db8:1:2::1", 1)).isZero();
        assertThat(limiter.acquire("2001:db8:1:2::2", 1)).as("another address of the same /64").isPositive();
    }
}
