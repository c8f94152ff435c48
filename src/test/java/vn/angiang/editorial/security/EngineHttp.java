package vn.angiang.editorial.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Calls the application over HTTP as its clients do: the engine's REST API with HTTP Basic (demo
 * users, password {@code demo}), and the webapps' own API with a Tasklist session (login, session
 * cookie, CSRF token), which reaches the same engine services under {@code /camunda/api/engine}.
 */
final class EngineHttp {

    static final String PASSWORD = "demo";
    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String text) {
        JsonNode json() {
            try {
                return text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        }

        String message() {
            return json().path("message").asText("");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    EngineHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A call to the engine's REST API ({@code /engine-rest/...}) as {@code user}. */
    Response rest(String method, String path, String user, Object body) {
        return call(method, "/engine-rest" + path, user, body);
    }

    /** A call to any path of the application with HTTP Basic as {@code user}. */
    Response call(String method, String path, String user, Object body) {
        return send(http, basic(path, user, "application/json"), method, body);
    }

    /** A read of any path with HTTP Basic as {@code user}, accepting {@code accept} (metrics are text). */
    Response read(String path, String user, String accept) {
        return send(http, basic(path, user, accept), "GET", null);
    }

    /** Modeler's deploy: one file as {@code multipart/form-data} to {@code /engine-rest/deployment/create}. */
    Response deploy(String user, String deploymentName, String fileName, String content) {
        String boundary = "----deployment" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + deploymentName + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = basic("/engine-rest/deployment/create", user, "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(http, request);
    }

    private HttpRequest.Builder basic(String path, String user, String accept) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(WebSession.TIMEOUT)
                .header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** Signs {@code user} in to Tasklist, as the login page does. */
    Webapp tasklist(String user) {
        Webapp tasklist = webapp("tasklist", user);
        if (tasklist.login().status() != 200) {
            throw new IllegalStateException("login of " + user + ": " + tasklist.login());
        }
        return tasklist;
    }

    /** Signs {@code user} in to one of the webapps ({@code tasklist}, {@code cockpit}, {@code admin}). */
    Webapp webapp(String application, String user) {
        Webapp webapp = new Webapp();
        webapp.login = webapp.signIn(application, user);
        return webapp;
    }

    private static Response send(HttpClient client, HttpRequest.Builder request, String method, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return send(client, request.method(method, publisher));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A browser session of the webapps: cookies and the CSRF token they require. */
    final class Webapp {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        private String csrfToken;
        private Response login;

        private Webapp() {
        }

        /** What the login page of {@code application} answered (200 signed in, 403 no access to it). */
        Response login() {
            return login;
        }

        private Response signIn(String application, String user) {
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            try {
                // the login itself needs the token the webapps hand out on a read
                refreshToken();
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/" + application))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .header("X-XSRF-TOKEN", csrfToken == null ? "" : csrfToken)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                // the signed-in session may carry a new token
                refreshToken();
                return new Response(answer.statusCode(), answer.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void refreshToken() throws IOException, InterruptedException {
            HttpResponse<String> read = client.send(HttpRequest.newBuilder(
                    URI.create(base + "/camunda/api/admin/auth/user/default")).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            csrfToken = read.headers().firstValue("X-XSRF-TOKEN").orElseGet(this::tokenFromCookie);
        }

        private String tokenFromCookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        /** A call to the webapps' engine API ({@code /camunda/api/engine/engine/default/...}). */
        Response engine(String method, String path, Object body) {
            return api(method, "/camunda/api/engine/engine/default" + path, body);
        }

        /** A call to the webapps' own API, e.g. Cockpit's ({@code /camunda/api/cockpit/plugin/...}). */
        Response api(String method, String path, Object body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
            if (csrfToken != null) {
                request.header("X-XSRF-TOKEN", csrfToken);
            }
            return send(client, request, method, body);
        }
    }

    // --- what the clients send -------------------------------------------------------------------

    /** {@code {"value": v}}: a variable as the REST API takes it. */
    static Map<String, Object> value(Object value) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value);
        return v;
    }

    static Map<String, Object> value(Object value, String type) {
        Map<String, Object> v = value(value);
        v.put("type", type);
        return v;
    }

    /** An object variable, as Tasklist sends a form group with a path. */
    static Map<String, Object> json(Object value) {
        try {
            return value(JSON.writeValueAsString(value), "Json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> variables(Object... nameValue) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            variables.put((String) nameValue[i], nameValue[i + 1]);
        }
        return variables;
    }

    static Map<String, Object> body(String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, value);
        return body;
    }

    static List<Map<String, Object>> list(Map<String, Object> item) {
        return List.of(item);
    }
}
