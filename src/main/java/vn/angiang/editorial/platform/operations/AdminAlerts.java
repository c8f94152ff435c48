package vn.angiang.editorial.platform.operations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.angiang.editorial.platform.notification.EngineDirectory;
import vn.angiang.editorial.platform.notification.Outbox;

/**
 * Mails an alert about the application's data to the members of a group, once per problem.
 * <p>
 * A problem is named by one or more keys ({@code empty-group:agency-justice}). {@link #raise} mails only
 * when one of its keys is not yet recorded in {@code operations_alert}: it records the keys and writes
 * the mails to the outbox in one transaction, so a node that loses the race to another (the key is
 * already there) sends nothing, and a restart sends nothing again. {@link #resolve} forgets the keys of
 * problems that are gone, so that a problem that comes back is mailed again. When nobody in the groups
 * has an e-mail address nothing is recorded: the next daily run tries again.
 */
@Service
public class AdminAlerts {

    /** What {@link #raise} did. */
    public enum Outcome {
        /** mailed now */
        MAILED,
        /** every key was mailed before: nothing sent */
        ALREADY_MAILED,
        /** nobody in the groups has an e-mail address: nothing sent or recorded */
        NOBODY_TO_MAIL
    }

    private static final Logger log = LoggerFactory.getLogger(AdminAlerts.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final IdentityService identity;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public AdminAlerts(JdbcClient jdbc, Outbox outbox, IdentityService identity, PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.identity = identity;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Whether an alert under this key has been mailed and its problem not resolved since. */
    public boolean isOpen(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM operations_alert WHERE alert_key = :key").param("key", key)
                .query(Long.class).single() > 0;
    }

    /**
     * Mails template {@code template} to the members of the first of {@code groups} that has someone with
     * an e-mail address (each gets the model with {@code recipientName}), unless every key is open already.
     *
     * @param keys      the problems this mail is about; those not yet open are recorded
     * @param reference what the outbox rows are about, for operators
     */
    public Outcome raise(Collection<String> keys, String template, Map<String, Object> model, List<String> groups,
            String reference) {
        List<String> fresh = keys.stream().distinct().filter(key -> !isOpen(key)).toList();
        if (fresh.isEmpty()) {
            return Outcome.ALREADY_MAILED;
        }
        List<EngineDirectory.Recipient> recipients = recipients(groups);
        if (recipients.isEmpty()) {
            log.warn("Alert {} not mailed: no member of {} has an e-mail address; tried again at the next daily check",
                    fresh, groups);
            return Outcome.NOBODY_TO_MAIL;
        }
        String addresses = recipients.stream().map(EngineDirectory.Recipient::email).collect(Collectors.joining(", "));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            transaction.executeWithoutResult(tx -> {
                for (String key : fresh) {
                    jdbc.sql("INSERT INTO operations_alert (alert_key, raised_at, recipients) VALUES (:key, :at, :to)")
                            .param("key", key).param("at", now)
                            .param("to", addresses.length() <= 2000 ? addresses : addresses.substring(0, 1999) + "…")
                            .update();
                }
                for (EngineDirectory.Recipient r : recipients) {
                    Map<String, Object> personal = new HashMap<>(model);
                    personal.put("recipientName", r.name());
                    outbox.enqueue(r.email(), template, personal, reference);
                }
            });
        } catch (DuplicateKeyException e) {
            // another node raised it at the same moment: its mail is the one that goes out
            return Outcome.ALREADY_MAILED;
        }
        log.info("Alert {} mailed to {}", fresh, addresses);
        return Outcome.MAILED;
    }

    /** Forgets the open alerts whose key starts with {@code prefix} and is not in {@code stillOpen}: their problem is gone. */
    public int resolve(String prefix, Collection<String> stillOpen) {
        // a handful of rows: filtered here rather than with LIKE and its escapes
        List<String> gone = jdbc.sql("SELECT alert_key FROM operations_alert").query(String.class).list().stream()
                .filter(key -> key.startsWith(prefix) && !stillOpen.contains(key)).toList();
        if (gone.isEmpty()) {
            return 0;
        }
        int removed = jdbc.sql("DELETE FROM operations_alert WHERE alert_key IN (:keys)").param("keys", gone).update();
        log.info("Alerts {} resolved", gone);
        return removed;
    }

    private List<EngineDirectory.Recipient> recipients(List<String> groups) {
        for (String group : groups) {
            List<String> skipped = new ArrayList<>();
            List<EngineDirectory.Recipient> found = EngineDirectory.withoutAuthorization(() ->
                    EngineDirectory.usersAndMembers(identity, List.of(), List.of(group), skipped));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
