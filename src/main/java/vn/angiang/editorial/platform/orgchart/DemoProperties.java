package vn.angiang.editorial.platform.orgchart;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The embedded demo: demo people with one shared password and sample work. Off in prod. */
@ConfigurationProperties("editorial.demo")
public record DemoProperties(boolean enabled, String password) {}
