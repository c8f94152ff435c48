package vn.angiang.editorial.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A client as a browser or a script would be: HTTP Basic on the REST API, or a webapp session
 * (login form, session cookie and the CSRF token the webapps hand out) on {@code /camunda/api/**}.
 */
final class WebSession {

    /** No test waits longer than this for an answer: a server that hangs fails the test instead of the build. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private String basic;
    private String csrfToken;

    private WebSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Nobody signed in. */
    static WebSession anonymous(int port) {
        return new WebSession("http://localhost:" + port);
    }

    /** HTTP Basic as {@code user} (password {@code demo}). */
    static WebSession basic(int port, String user) {
        WebSession session = new WebSession("http://localhost:" + port);
        session.basic = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return session;
    }

    /** Logged in to Tasklist as {@code user}, as the browser is, with the CSRF token of the session. */
    static WebSession tasklist(int port, String user) {
        WebSession session = new WebSession("http://localhost:" + port);
        session.csrfToken = session.get("/camunda/api/admin/auth/user/default").headers().firstValue("X-XSRF-TOKEN").orElse(null);
        HttpResponse<String> login = session.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=demo")));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + " answered " + login.statusCode());
        }
        // the login starts a new session, with a token of its own
        session.csrfToken = session.get("/camunda/api/admin/auth/user/default").headers().firstValue("X-XSRF-TOKEN")
                .orElse(session.csrfToken);
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Any request as this client: {@code body} as bytes exactly as given (null: none), {@code headers} as
     * name, value pairs added to (or, for {@code Accept}, replacing) the client's own.
     */
    HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder request = request(path);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Sends {@code request} as it is — request line, headers and body exactly as given, even what no
     * client library would send — on a connection of its own, and returns all the server answered.
     */
    static String raw(int port, byte[] request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Accept", "application/json");
        if (basic != null) {
            request.header("Authorization", basic);
        }
        if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        return request;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
