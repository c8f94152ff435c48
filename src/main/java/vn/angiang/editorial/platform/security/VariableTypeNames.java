package vn.angiang.editorial.platform.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A variable in a JSON body of the engine's REST API ({@code /engine-rest}, and the webapps' own
 * {@code /camunda/api/engine}) whose {@code type} is empty, whose {@code valueInfo} holds something other
 * than texts (and true/false for {@code transient}), or a file or bytes whose value is not text, is refused
 * with 400 here. The REST API's own conversion of a variable fails on them with an exception it answers
 * with 500 (an empty type name is cut with {@code substring(0, 1)}, a {@code valueInfo} entry is cast to
 * text, a file's value must be Base64 text). Every other body passes as sent;
 * a body that is not JSON is left to the REST API, which refuses it itself.
 */
public class VariableTypeNames extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String problem = null;
        try {
            problem = problem(JSON.readTree(body));
        } catch (JsonProcessingException | RuntimeException notJson) {
            // the REST API answers it
        }
        if (problem != null) {
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            answer.put("type", "InvalidRequestException");
            answer.put("message", problem);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(answer));
            return;
        }
        chain.doFilter(new Replayed(request, body), response);
    }

    /** What is wrong with a variable somewhere in the body, or null. */
    static String problem(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            if (node.has("value") || node.has("valueInfo")) {
                JsonNode type = node.get("type");
                if (type != null && type.isTextual() && type.textValue().isBlank()) {
                    return "Kiểu của biến không được để trống: bỏ trường «type» hoặc ghi một kiểu (String, Long, Json, ...).";
                }
                // a file or bytes are sent as Base64 text
                if (type != null && type.isTextual() && type.textValue().strip().toLowerCase(Locale.ROOT).matches("file|bytes")
                        && node.get("value") != null && !node.get("value").isTextual() && !node.get("value").isNull()) {
                    return "Giá trị của biến kiểu «" + type.textValue().strip() + "» phải là văn bản Base64.";
                }
                JsonNode info = node.get("valueInfo");
                if (info != null && !info.isNull()) {
                    if (!info.isObject()) {
                        return "«valueInfo» của biến phải là một đối tượng JSON.";
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = info.fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> entry = it.next();
                        JsonNode value = entry.getValue();
                        boolean flag = entry.getKey().equals("transient");
                        if (!value.isNull() && (flag ? !value.isBoolean() : !value.isTextual())) {
                            return flag ? "«valueInfo.transient» của biến phải là true hoặc false."
                                    : "Các mục của «valueInfo» phải là văn bản.";
                        }
                    }
                }
            }
            for (JsonNode child : node) {
                String problem = problem(child);
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                String problem = problem(child);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** The request with its body read once and given again. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            java.nio.charset.Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = java.nio.charset.Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknown) {
                // read as UTF-8, as the REST API does
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<VariableTypeNames> variableTypeNames() {
            var registration = new FilterRegistrationBean<>(new VariableTypeNames());
            registration.setName("variable-type-names");
            registration.addUrlPatterns(RestSecurityConfiguration.ENGINE_REST + "/*", "/camunda/api/engine/*");
            // after authentication: an anonymous client learns nothing here
            registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
            return registration;
        }
    }
}
