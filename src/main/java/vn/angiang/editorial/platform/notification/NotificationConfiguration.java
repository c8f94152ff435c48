package vn.angiang.editorial.platform.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Chooses how messages leave the outbox ({@code editorial.mail.mode}). */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

    @Bean
    MailDelivery mailDelivery(NotificationProperties properties, ObjectProvider<JavaMailSender> mailSender,
            OutboxRepository repository) {
        if (properties.mode() == NotificationProperties.Mode.LOG) {
            return new LogMailDelivery();
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("editorial.mail.mode=smtp cần máy chủ SMTP: hãy đặt spring.mail.host "
                    + "(biến môi trường SPRING_MAIL_HOST), hoặc dùng editorial.mail.mode=log");
        }
        if (!Outbox.isValidAddress(properties.from())) {
            throw new IllegalStateException("editorial.mail.from (EDITORIAL_MAIL_FROM) không phải địa chỉ e-mail hợp lệ: \""
                    + properties.from() + "\"");
        }
        return new SmtpMailDelivery(sender, properties, repository::attachments);
    }
}
