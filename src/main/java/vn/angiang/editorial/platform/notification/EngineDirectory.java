package vn.angiang.editorial.platform.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Who gets a notification, read from the engine's identity service. Lookups run with authorization checks
 * off: a task listener runs as whoever completed the previous step, and that person may not be allowed to
 * read other users, yet the next task's candidates must all be found.
 */
public final class EngineDirectory {

    private EngineDirectory() {
    }

    /** A person to mail. */
    public record Recipient(String userId, String name, String email) {
    }

    public static <T> T withoutAuthorization(Callable<T> work) {
        CommandContext context = Context.getCommandContext();
        try {
            return context == null ? work.call() : context.runWithoutAuthorization(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The users among {@code userIds} and the members of {@code groupIds}, each once, in that order, with
     * their e-mail address; users without one (or with an invalid one) are left out, as is a second user
     * with the same address.
     */
    public static List<Recipient> usersAndMembers(IdentityService identity, Collection<String> userIds,
            Collection<String> groupIds, Collection<String> skipped) {
        Map<String, User> users = new LinkedHashMap<>();
        List<String> wanted = userIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        if (!wanted.isEmpty()) {
            Map<String, User> found = new LinkedHashMap<>();
            for (User u : identity.createUserQuery().userIdIn(wanted.toArray(String[]::new)).list()) {
                found.put(u.getId(), u);
            }
            for (String id : wanted) {
                User u = found.get(id);
                if (u == null) {
                    skipped.add(id + " (không có người dùng này)");
                } else {
                    users.putIfAbsent(id, u);
                }
            }
        }
        for (String group : new LinkedHashSet<>(groupIds)) {
            if (group == null || group.isBlank()) {
                continue;
            }
            for (User u : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
                users.putIfAbsent(u.getId(), u);
            }
        }
        List<Recipient> recipients = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (User u : users.values()) {
            String email = u.getEmail() == null ? "" : u.getEmail().strip();
            if (!Outbox.isValidAddress(email)) {
                skipped.add(u.getId() + (email.isEmpty() ? " (chưa có e-mail)" : " (e-mail không hợp lệ)"));
                continue;
            }
            if (addresses.add(email.toLowerCase(Locale.ROOT))) {
                recipients.add(new Recipient(u.getId(), displayName(u), email));
            }
        }
        return recipients;
    }

    static User user(IdentityService identity, String userId) {
        return identity.createUserQuery().userId(userId).singleResult();
    }

    /** "Nguyễn Văn Hùng": first name (family and middle names) then last name (given name), as Vietnamese write it. */
    static String displayName(User u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName().strip()) + " "
                + (u.getLastName() == null ? "" : u.getLastName().strip())).strip();
        return name.isEmpty() ? u.getId() : name;
    }

    /** The process's name as drawn in the model (its key when it has none); empty outside a process. */
    static String processName(ProcessEngineServices engine, String processDefinitionId) {
        if (processDefinitionId == null) {
            return "";
        }
        ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(processDefinitionId);
        return definition.getName() != null && !definition.getName().isBlank() ? definition.getName()
                : definition.getKey();
    }
}
