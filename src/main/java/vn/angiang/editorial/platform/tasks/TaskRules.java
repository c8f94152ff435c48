package vn.angiang.editorial.platform.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.process.RuleFiles;

/**
 * The rules of every user task of every process, read once from {@code tasks/task-rules.yaml}
 * ({@code editorial.tasks.rules-location} points to an edited copy); a faulty file stops the start.
 */
@Component
public class TaskRules {

    private final Map<String, TaskRule> byTask = new LinkedHashMap<>();

    public TaskRules(@Value("${editorial.tasks.rules-location:classpath:tasks/task-rules.yaml}") Resource location) {
        File file = RuleFiles.read(location, File.class, "quy tắc công việc");
        file.processes().forEach((process, tasks) -> tasks.forEach((task, entry) -> {
            if (entry.deadline() == null || entry.deadline().isBlank()) {
                throw new IllegalStateException(process + "/" + task + ": thiếu nguồn của thời hạn (deadline)");
            }
            List<EscalationTarget> targets = new ArrayList<>();
            Optional.ofNullable(entry.escalateTo()).orElse(List.of()).forEach(t -> targets.add(EscalationTarget.parse(t)));
            Optional<DelegationScope> scope = Optional.ofNullable(entry.delegable()).map(code -> Coded
                    .byCode(DelegationScope.class, code).orElseThrow(() -> new IllegalStateException(
                            process + "/" + task + ": phạm vi ủy quyền không có: " + code)));
            byTask.put(key(process, task), new TaskRule(process, task, entry.deadline(), entry.remindBefore(),
                    targets, scope));
        }));
    }

    /** The rule of a user task, or an error naming the file: every user task has one. */
    public TaskRule of(String processKey, String taskKey) {
        TaskRule rule = byTask.get(key(processKey, taskKey));
        if (rule == null) {
            throw new IllegalStateException("Công việc " + processKey + "/" + taskKey
                    + " chưa có quy tắc trong tasks/task-rules.yaml");
        }
        return rule;
    }

    public Collection<TaskRule> all() {
        return byTask.values();
    }

    private static String key(String processKey, String taskKey) {
        return processKey + "/" + taskKey;
    }

    record File(Map<String, Map<String, Entry>> processes) {
    }

    record Entry(String deadline, Integer remindBefore, List<String> escalateTo, String delegable) {
    }
}
