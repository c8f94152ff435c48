package vn.angiang.editorial.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * Finds the form a user task or a start event declares, the same way Tasklist finds it
 * ({@code camunda:formRef} with its binding, or generated form fields), and what it lets a person send.
 * A deployed form never changes, so each is read once per form definition.
 */
final class DeclaredForms {

    private final Map<String, FormInput> byDefinitionId = new ConcurrentHashMap<>();

    /** The form of an open task; empty when the task declares no form the engine can read. */
    Optional<FormInput> ofTask(CommandContext context, String taskId) {
        return of(context, context.runWithoutAuthorization(new GetTaskFormCmd(taskId)));
    }

    /** The start form of a process definition; empty when the start event declares none. */
    Optional<FormInput> ofStart(CommandContext context, String processDefinitionId) {
        return of(context, context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId)));
    }

    private Optional<FormInput> of(CommandContext context, FormData data) {
        if (data == null) {
            return Optional.empty();
        }
        CamundaFormRef ref = data.getCamundaFormRef();
        if (ref != null && ref.getKey() != null) {
            CamundaFormDefinition definition = context.runWithoutAuthorization(
                    new GetCamundaFormDefinitionCmd(ref, data.getDeploymentId()));
            if (definition == null) {
                // the form the model names is not deployed: nothing can have been filled in
                return Optional.of(new FormInput(ref.getKey(), Set.of(), Set.of()));
            }
            return Optional.of(byDefinitionId.computeIfAbsent(definition.getId(), id -> read(context, definition)));
        }
        if (data.getFormFields() != null && !data.getFormFields().isEmpty()) {
            Set<String> editable = new LinkedHashSet<>();
            Set<String> readOnly = new LinkedHashSet<>();
            for (FormField field : data.getFormFields()) {
                boolean shownOnly = field.getValidationConstraints().stream()
                        .anyMatch(c -> "readonly".equals(c.getName()));
                (shownOnly ? readOnly : editable).add(field.getId());
            }
            return Optional.of(new FormInput(data.getFormKey() == null ? "" : data.getFormKey(), editable, readOnly));
        }
        return Optional.empty();
    }

    private static FormInput read(CommandContext context, CamundaFormDefinition definition) {
        try (InputStream json = context.runWithoutAuthorization(
                new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()))) {
            return FormInput.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Form " + definition.getKey() + " cannot be read", e);
        }
    }
}
