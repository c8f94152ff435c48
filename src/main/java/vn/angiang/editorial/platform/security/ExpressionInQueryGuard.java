package vn.angiang.editorial.platform.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses REST queries that carry an expression ({@code ${...}} or {@code #{...}}) in any field,
 * nested {@code orQueries} included. The engine already refuses expressions in ad-hoc queries;
 * this guard makes the refusal a clear 400 at the door whatever the query's shape. Stored filter
 * definitions (POST/PUT {@code /filter}) legitimately hold expressions and are not queries.
 */
public class ExpressionInQueryGuard extends OncePerRequestFilter {

    static final String MESSAGE = "Truy vấn không được chứa biểu thức (${...} hoặc #{...}).";

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    /** POST endpoints whose JSON body is a query (…/count included), on the default or a named engine. */
    private static final Pattern QUERY_PATH = Pattern.compile(
            "^(/engine/[^/]+)?/(task|process-instance|execution|variable-instance|job|external-task|incident"
                    + "|case-instance|case-execution|process-definition|decision-definition|deployment"
                    + "|history/[a-z-]+(/[a-z-]+)?|filter/[^/]+/(list|count|singleResult))(/count)?$");
    private static final int MAX_QUERY_BODY = 1 << 20;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (carriesExpression(request.getQueryString())) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
            return;
        }
        if ("POST".equals(request.getMethod()) && QUERY_PATH.matcher(pathInRestApi(request)).matches()) {
            byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BODY + 1);
            if (body.length > MAX_QUERY_BODY) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Truy vấn quá lớn.");
                return;
            }
            if (EXPRESSION.matcher(new String(body, StandardCharsets.UTF_8)).find()) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
                return;
            }
            chain.doFilter(new ReplayedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String pathInRestApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(RestSecurityConfiguration.ENGINE_REST)
                ? path.substring(RestSecurityConfiguration.ENGINE_REST.length())
                : path;
    }

    private static boolean carriesExpression(String queryString) {
        if (queryString == null) {
            return false;
        }
        // decoded more than once: an expression must not slip through by being encoded twice
        String text = queryString;
        for (int round = 0; round < 3; round++) {
            if (EXPRESSION.matcher(text).find()) {
                return true;
            }
            try {
                text = URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformedEscape) {
                return false; // the REST layer answers malformed parameters itself
            }
        }
        return EXPRESSION.matcher(text).find();
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"" + message + "\"}");
    }

    /** The body was read to inspect it; the REST resource reads it again from here. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
