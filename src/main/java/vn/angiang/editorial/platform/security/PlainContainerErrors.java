package vn.angiang.editorial.platform.security;

import java.io.IOException;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests the server refuses before the application sees them (a malformed address, say) get a
 * short Vietnamese plain-text answer instead of Tomcat's English HTML page, which tells nothing
 * useful and names the server.
 */
@Component
public class PlainContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(PlainErrorReport.class.getName());
            }
        });
    }

    public static class PlainErrorReport extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Yêu cầu không hợp lệ hoặc không xử lý được (mã " + status + ").");
                response.finishResponse();
            } catch (IOException | IllegalStateException ignored) {
                // the client has gone; nothing more to say
            }
        }
    }
}
