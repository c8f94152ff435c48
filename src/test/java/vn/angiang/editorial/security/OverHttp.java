package vn.angiang.editorial.security;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test of the whole application (a {@code RANDOM_PORT} Spring Boot test) called over HTTP as its clients
 * call it ({@link EngineHttp}), with the {@link Scenarios} that bring records of both processes to a step.
 */
abstract class OverHttp {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    EngineHttp http;
    Scenarios scenarios;

    @BeforeEach
    void clients() {
        http = new EngineHttp(port);
        scenarios = new Scenarios(http, jdbc);
    }
}
