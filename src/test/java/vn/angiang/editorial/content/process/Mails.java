package vn.angiang.editorial.content.process;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mails a process instance wrote to the notification outbox, in order. */
public class Mails {

    public record Mail(String recipient, String template, String subject, String body, String reference) {
    }

    private final JdbcClient jdbc;
    private final HistoryService history;

    public Mails(JdbcClient jdbc, HistoryService history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    public List<Mail> of(String processInstanceId) {
        List<String> references = new java.util.ArrayList<>();
        references.add("process:" + processInstanceId);
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list().stream()
                .map(HistoricTaskInstance::getId).map(id -> "task:" + id).forEach(references::add);
        return jdbc.sql("""
                SELECT recipient, template, subject, body, reference FROM notification_outbox
                 WHERE reference IN (:references) ORDER BY id""")
                .param("references", references)
                .query(Mail.class).list();
    }
}
