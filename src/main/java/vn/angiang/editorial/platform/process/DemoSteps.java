package vn.angiang.editorial.platform.process;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * What the demo profile's sample data does in the processes, as a demo user would in Tasklist: start a
 * process from its start form, claim and complete a task from its form, each signed in as that user only
 * for the call, so every check of a real official applies.
 */
@Component
public record DemoSteps(IdentityService identity, FormService forms, TaskService tasks, RepositoryService repository) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ProcessInstance start(String processKey, String user, Map<String, Object> variables) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        as(user);
        try {
            return forms.submitStartForm(definition, new LinkedHashMap<>(variables));
        } finally {
            identity.clearAuthentication();
        }
    }

    public void work(ProcessInstance pi, String taskKey, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
        as(user);
        try {
            tasks.claim(task.getId(), user);
            forms.submitTaskForm(task.getId(), new LinkedHashMap<>(variables));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** A Json variable, as Tasklist sends a form's group or dynamic list. */
    public static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void as(String user) {
        identity.setAuthentication(user,
                identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    }
}
