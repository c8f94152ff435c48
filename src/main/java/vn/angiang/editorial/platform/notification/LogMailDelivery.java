package vn.angiang.editorial.platform.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code editorial.mail.mode: log} (the default profile): nothing leaves the machine; each message is
 * written to the log and recorded in the outbox as SENT through channel {@code log}.
 */
public class LogMailDelivery implements MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(LogMailDelivery.class);

    @Override
    public String channel() {
        return "log";
    }

    @Override
    public void deliver(OutboxMessage message) {
        log.info("E-mail #{} (chế độ ghi log, không gửi qua SMTP)\nTo: {}\nSubject: {}\n\n{}",
                message.id(), message.recipient(), message.subject(), message.body());
    }
}
