package vn.angiang.editorial.platform.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes e-mails to the outbox in the caller's transaction; {@link OutboxDispatcher} sends them after commit.
 * <p>
 * {@link #enqueue} requires a running transaction ({@link Propagation#MANDATORY}). Every process engine
 * command runs in a Spring transaction (the engine is configured with Spring's transaction manager), so
 * a delegate or task listener always has one and the row commits or rolls back with the engine's work.
 * SUPPORTS would also join that transaction, but called without one it would commit the row on its own
 * at once: the message would go out even if the caller's work failed a moment later, which is exactly
 * what an outbox exists to prevent. MANDATORY turns that mistake into an immediate error instead.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_REFERENCE_LENGTH = 255;
    static final int MAX_ADDRESS_LENGTH = 320;

    private final MailTemplates templates;
    private final OutboxRepository repository;
    private final Clock clock;

    public Outbox(MailTemplates templates, OutboxRepository repository, ObjectProvider<Clock> clock) {
        this.templates = templates;
        this.repository = repository;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Renders {@code template} with {@code model} and stores the message for {@code recipientAddress},
     * inside the current transaction.
     *
     * @param recipientAddress a plain e-mail address ({@code ten@co-quan.gov.vn})
     * @param template         name of {@code templates/mail/<template>.txt} (see {@link MailTemplates})
     * @param model            the values the template writes; one it needs and does not find is an error
     * @param reference        what the message is about, for operators (e.g. {@code task:<id>}); may be null
     * @throws IllegalArgumentException for an invalid address, an unknown template or a value the template
     *                                  needs and the model lacks ({@link MailTemplates.MissingValue}); the
     *                                  transaction is then marked for rollback: the caller's work does not go
     *                                  through silently
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipientAddress, String template, Map<String, Object> model, String reference) {
        enqueue(recipientAddress, template, model, reference, List.of());
    }

    /**
     * As {@link #enqueue(String, String, Map, String)}, with files sent along (stored with the message, in
     * the same transaction).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipientAddress, String template, Map<String, Object> model, String reference,
            List<MailAttachment> attachments) {
        String address = checkAddress(recipientAddress);
        MailTemplates.RenderedMail mail = templates.render(template, model);
        String ref = reference == null || reference.length() <= MAX_REFERENCE_LENGTH
                ? reference : reference.substring(0, MAX_REFERENCE_LENGTH);
        long id = repository.insert(address, mail.subject(), mail.body(), template, ref,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        for (int i = 0; i < attachments.size(); i++) {
            repository.insertAttachment(id, i + 1, attachments.get(i));
        }
        log.debug("Outbox message {} to {} ({}, {}) queued", id, address, template, ref);
    }

    /** True when {@code address} is a single plain e-mail address {@link #enqueue} accepts. */
    public static boolean isValidAddress(String address) {
        try {
            checkAddress(address);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String checkAddress(String address) {
        String trimmed = address == null ? "" : address.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Thiếu địa chỉ e-mail người nhận");
        }
        try {
            InternetAddress parsed = new InternetAddress(trimmed, true);
            if (!trimmed.equals(parsed.getAddress()) || trimmed.length() > MAX_ADDRESS_LENGTH
                    || trimmed.indexOf('@') < 1) {
                throw new AddressException("not a plain address");
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("Địa chỉ e-mail không hợp lệ: \"" + trimmed + "\"");
        }
        return trimmed;
    }
}
