package vn.angiang.editorial.content;

import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reminder and escalation mails about a step of content approval. */
@Component
public class ContentNotices {

    private static final Logger log = LoggerFactory.getLogger(ContentNotices.class);

    void reminder(Task task, Submission submission, String due) {
        log.info("Reminder: task {} ({}) of content #{} is due {}", task.getId(), task.getName(), submission.id(), due);
    }

    void escalation(Task task, Submission submission, String due) {
        log.info("Escalation: task {} ({}) of content #{} overdue since {}", task.getId(), task.getName(),
                submission.id(), due);
    }
}
