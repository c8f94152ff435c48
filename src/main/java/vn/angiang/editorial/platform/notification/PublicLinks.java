package vn.angiang.editorial.platform.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses mails and feeds point at, from the one public base address of the installation
 * ({@code editorial.public-base-url}) and the webapps' path.
 */
@Component
public class PublicLinks {

    private final String base;
    private final String webapps;

    public PublicLinks(@Value("${editorial.public-base-url:http://localhost:8080}") String publicBaseUrl,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.base = publicBaseUrl.strip().replaceAll("/+$", "");
        this.webapps = base + "/" + webappPath.strip().replaceAll("^/+|/+$", "") + "/app/";
    }

    /** {@code path} ("/api/…", "/public/…") on the public address. */
    public String to(String path) {
        return base + path;
    }

    /** Tasklist's inbox. */
    public String tasklist() {
        return webapps + "tasklist/";
    }

    /** The task in Tasklist. */
    public String task(String taskId) {
        return webapps + "tasklist/default/#/?task=" + taskId;
    }

    /** A page of Admin ({@code "groups"}). */
    public String admin(String page) {
        return webapps + "admin/default/#/" + page;
    }
}
