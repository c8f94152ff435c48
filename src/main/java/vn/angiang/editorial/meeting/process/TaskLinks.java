package vn.angiang.editorial.meeting.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A task's address in Tasklist, for mails. */
@Component
public class TaskLinks {

    private final String tasklist;

    public TaskLinks(@Value("${editorial.public-base-url:http://localhost:8080}") String publicBaseUrl,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.tasklist = publicBaseUrl.replaceAll("/+$", "") + "/" + webappPath.replaceAll("^/+|/+$", "")
                + "/app/tasklist/default/#/?task=";
    }

    public String taskUrl(String taskId) {
        return tasklist + taskId;
    }
}
