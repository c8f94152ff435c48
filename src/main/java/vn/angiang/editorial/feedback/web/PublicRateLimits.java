package vn.angiang.editorial.feedback.web;

import org.springframework.stereotype.Component;

/**
 * The per-address limits of the public feedback endpoints, shared by the JSON and the HTML ones (a
 * client does not get twice the allowance by using both). The address is the request's remote address:
 * behind a reverse proxy, set {@code server.forward-headers-strategy=native} (Tomcat then takes the
 * client's address from X-Forwarded-For sent by a trusted internal proxy), or every citizen would share
 * the proxy's allowance.
 */
@Component
public class PublicRateLimits {

    final RateLimiter submissions = new RateLimiter();
    final RateLimiter lookups = new RateLimiter();
}
