package vn.angiang.editorial.platform.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.function.LongFunction;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * {@code editorial.mail.mode: smtp}: sends through Spring's {@link JavaMailSender} ({@code spring.mail.*}),
 * UTF-8 plain text, with the files stored with the message as attachments (multipart/mixed). The
 * Message-ID is derived from the outbox id, so a message that is ever handed to the
 * server twice (a node lost its lease mid-send) carries the same id both times and can be recognised.
 */
public class SmtpMailDelivery implements MailDelivery {

    public static final String OUTBOX_ID_HEADER = "X-Editorial-Outbox-Id";

    private final JavaMailSender sender;
    private final NotificationProperties properties;
    private final LongFunction<List<MailAttachment>> attachments;

    public SmtpMailDelivery(JavaMailSender sender, NotificationProperties properties) {
        this(sender, properties, id -> List.of());
    }

    /** @param attachments the files stored with a message, by its id ({@link OutboxRepository#attachments}) */
    public SmtpMailDelivery(JavaMailSender sender, NotificationProperties properties,
            LongFunction<List<MailAttachment>> attachments) {
        this.sender = sender;
        this.properties = properties;
        this.attachments = attachments;
    }

    @Override
    public String channel() {
        return "smtp";
    }

    @Override
    public void deliver(OutboxMessage message) {
        MimeMessage mime;
        try {
            mime = sender.createMimeMessage();
            List<MailAttachment> files = attachments.apply(message.id());
            MimeMessageHelper helper = new MimeMessageHelper(mime, !files.isEmpty(), StandardCharsets.UTF_8.name());
            String from = properties.from();
            if (properties.fromName() == null || properties.fromName().isBlank()) {
                helper.setFrom(from);
            } else {
                helper.setFrom(from, properties.fromName());
            }
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            for (MailAttachment file : files) {
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.mediaType());
            }
            helper.setSentDate(new Date());
            mime.setHeader(OUTBOX_ID_HEADER, Long.toString(message.id()));
            mime.setHeader("Message-ID", "<outbox-" + message.id() + "." + message.createdAt().toInstant().toEpochMilli()
                    + "@" + domainOf(from) + ">");
        } catch (MessagingException | UnsupportedEncodingException | MailParseException | MailPreparationException e) {
            throw new PermanentFailure("Không tạo được thư: " + e.getMessage(), e);
        }
        sender.send(mime);
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? "localhost" : address.substring(at + 1);
    }
}
