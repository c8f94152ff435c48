package vn.angiang.editorial.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ConditionEvaluationBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;

import vn.angiang.editorial.platform.validation.PlainText;

/**
 * What a signed-in person sends with a command is input to a form, never a way to set what a process
 * relies on for identity or authority (the record it handles, who started it, which group answers).
 * Checked in the engine, for every door a command comes in by — the REST API, the webapps' own API,
 * Java callers — before the command runs; a refusal changes nothing.
 *
 * <ul>
 * <li>Completing a task (complete, submit-form, resolve): only the variables its form declares; values
 * of read-only fields are dropped (Tasklist sends them back), anything else is refused.</li>
 * <li>Starting an instance (start, submit-form): only the start form's fields, and never the start
 * event's initiator variable: the starter is always the signed-in user. Starting elsewhere than at
 * the start event, past its form and its checks, is refused.</li>
 * <li>Writing variables directly (task, local task, execution and instance variables, batches) and
 * sending variables with a message, signal, condition, BPMN error or escalation: refused.</li>
 * <li>Claiming: for oneself only; giving a claimed task back: its assignee only.</li>
 * <li>A form field's value is what a form sends: text, a number, a date, yes/no or a group of fields
 * as JSON that can be read. An object, XML, a file or JSON that cannot be read is refused as bad input
 * (400): the engine would otherwise fail on it later, when the process reads or stores it (500).</li>
 * <li>A task comment is plain text, shown to everyone working the record: markup and characters that
 * cannot be shown or stored are refused (400).</li>
 * </ul>
 *
 * Every refusal is an {@link AuthorizationException} (REST 403) with a Vietnamese message: writing a
 * variable one may not write is a matter of authority, and it is the one refusal every REST resource
 * passes on as it is (complete, submit-form and start answer other engine exceptions, a
 * {@code BadUserRequestException} included, with 500). Bad values of declared fields stay the
 * processes' own validation (400).
 *
 * Only the command a person issues is checked: what the engine does on its own (delegates, listeners,
 * the job executor, code running without a signed-in user) is not input. Administrators (camunda-admin)
 * may still repair variables from Cockpit; the processes' delegates check the record binding anyway.
 */
final class ClientInputGuard extends CommandInterceptor {

    static final String DIRECT_WRITE = "Không được ghi trực tiếp biến của quy trình hay công việc: dữ liệu chỉ "
            + "được gửi qua biểu mẫu khi hoàn thành công việc hoặc khởi tạo quy trình.";
    static final String VARIABLES_WITH_EVENT = "Không được gửi kèm biến khi gửi thông điệp, tín hiệu, điều kiện, "
            + "lỗi hay leo thang cho quy trình.";
    static final String START_ELSEWHERE = "Chỉ được khởi tạo quy trình từ sự kiện bắt đầu, qua biểu mẫu khởi tạo.";
    static final String CLAIM_FOR_OTHERS = "Chỉ được nhận việc cho chính mình.";
    static final String RELEASE_OTHERS = "Chỉ người đã nhận việc mới trả lại được việc này.";
    private static final int MAX_NAMES = 5;
    private static final int MAX_NAME_LENGTH = 60;

    /** Commands issued by engine code while it serves a command are not input. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final DeclaredForms forms;

    /** One guard per command chain (an interceptor knows its next one); they may share the forms read. */
    ClientInputGuard(DeclaredForms forms) {
        this.forms = forms;
    }

    private enum Verdict { PROCEED, PROCEED_AS_ENGINE }

    @Override
    public <T> T execute(Command<T> command) {
        int[] depth = DEPTH.get();
        if (depth[0] > 0) {
            return next.execute(command);
        }
        depth[0]++;
        try {
            CommandContext context = Context.getCommandContext();
            Authentication user = context == null ? null : context.getAuthentication();
            if (user == null || user.getUserId() == null) {
                return next.execute(command);
            }
            if (inspect(command, context, user) == Verdict.PROCEED_AS_ENGINE) {
                return withoutAuthorization(context, command);
            }
            return next.execute(command);
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
        }
    }

    private <T> T withoutAuthorization(CommandContext context, Command<T> command) {
        boolean checking = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return next.execute(command);
        } finally {
            if (checking) {
                context.enableAuthorizationCheck();
            }
        }
    }

    private Verdict inspect(Command<?> command, CommandContext context, Authentication user) {
        if (command instanceof AddCommentCmd) {
            checkComment(CommandFields.get(command, "message"));
            return Verdict.PROCEED;
        }
        // ResolveTaskCmd is a CompleteTaskCmd
        if (command instanceof CompleteTaskCmd) {
            Map<String, Object> kept = taskInput(context, CommandFields.get(command, "taskId"),
                    CommandFields.get(command, "variables"));
            CommandFields.set(command, "variables", kept);
            return Verdict.PROCEED;
        }
        if (command instanceof SubmitTaskFormCmd) {
            Map<String, Object> kept = taskInput(context, CommandFields.get(command, "taskId"),
                    CommandFields.get(command, "properties"));
            CommandFields.set(command, "properties", kept == null ? null : Variables.fromMap(kept));
            return Verdict.PROCEED;
        }
        if (command instanceof SubmitStartFormCmd) {
            ProcessDefinitionEntity definition = new GetDeployedProcessDefinitionCmd(
                    (String) CommandFields.get(command, "processDefinitionId"), false).execute(context);
            Map<String, Object> kept = startInput(context, definition, CommandFields.get(command, "variables"));
            CommandFields.set(command, "variables", kept == null ? null : Variables.fromMap(kept));
            return Verdict.PROCEED;
        }
        if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = CommandFields.get(command, "instantiationBuilder");
            ProcessDefinitionEntity definition = new GetDeployedProcessDefinitionCmd(builder, false).execute(context);
            Map<String, Object> given = builder.getVariables();
            Map<String, Object> kept = startInput(context, definition, given);
            // the builder's own map: what is not kept is removed from it
            if (given != null && kept != null) {
                given.keySet().retainAll(kept.keySet());
            }
            return Verdict.PROCEED;
        }
        if (context.getAuthorizationManager().isCamundaAdmin(user)) {
            return Verdict.PROCEED;
        }
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            throw new AuthorizationException(START_ELSEWHERE);
        }
        if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
                || command instanceof AbstractPatchVariablesCmd || command instanceof SetVariablesToProcessInstancesBatchCmd) {
            throw new AuthorizationException(DIRECT_WRITE);
        }
        if (carriesVariables(command)) {
            throw new AuthorizationException(VARIABLES_WITH_EVENT);
        }
        if (command instanceof ClaimTaskCmd) {
            String claimant = CommandFields.get(command, "userId");
            if (claimant != null && !claimant.equals(user.getUserId())) {
                throw new AuthorizationException(CLAIM_FOR_OTHERS);
            }
            TaskEntity task = context.getTaskManager().findTaskById(CommandFields.get(command, "taskId"));
            if (claimant == null && task != null && task.getAssignee() != null
                    && !task.getAssignee().equals(user.getUserId())) {
                throw new AuthorizationException(RELEASE_OTHERS);
            }
        }
        if (command instanceof AssignTaskCmd && CommandFields.get(command, "userId") == null) {
            // Tasklist's "unclaim": candidates hold TASK_WORK, not TASK_ASSIGN; the assignee may give it back
            TaskEntity task = context.getTaskManager().findTaskById(CommandFields.get(command, "taskId"));
            if (task != null && user.getUserId().equals(task.getAssignee())) {
                return Verdict.PROCEED_AS_ENGINE;
            }
        }
        return Verdict.PROCEED;
    }

    /** The variables of a task completion that may be written; refuses the rest. */
    private Map<String, Object> taskInput(CommandContext context, String taskId, Map<String, Object> given) {
        if (given == null || given.isEmpty() || taskId == null) {
            return given;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return given; // the command itself reports the missing task
        }
        // who may not work the task hears that first, as without this guard
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkTaskWork(task);
        }
        String initiator = task.getProcessDefinition() == null ? null : initiatorOf(task.getProcessDefinition());
        Optional<FormInput> form = forms.ofTask(context, taskId);
        return filter(given, form, initiator, "Biểu mẫu");
    }

    /** The variables of a start that may be written; refuses the rest. */
    private Map<String, Object> startInput(CommandContext context, ProcessDefinitionEntity definition,
            Map<String, Object> given) {
        if (given == null || given.isEmpty()) {
            return given;
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkCreateProcessInstance(definition);
        }
        Optional<FormInput> form = forms.ofStart(context, definition.getId());
        return filter(given, form, initiatorOf(definition), "Biểu mẫu khởi tạo");
    }

    private static Map<String, Object> filter(Map<String, Object> given, Optional<FormInput> form, String initiator,
            String formLabel) {
        if (initiator != null && given.containsKey(initiator)) {
            throw new AuthorizationException("Không được gửi «" + initiator + "»: người khởi tạo luôn là người "
                    + "đang đăng nhập, không do bên gửi chỉ định.");
        }
        if (form.isEmpty()) {
            return given; // no form declared: the engine's own rules apply
        }
        FormInput input = form.get();
        List<String> undeclared = new ArrayList<>();
        VariableMap typed = given instanceof VariableMap map ? map : null;
        Map<String, Object> kept = typed != null ? Variables.createVariables() : new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (input.editable().contains(name)) {
                if (typed != null) {
                    ((VariableMap) kept).putValueTyped(name, typed.getValueTyped(name));
                } else {
                    kept.put(name, given.get(name));
                }
            } else if (!input.readOnly().contains(name)) {
                undeclared.add(name);
            }
        }
        if (!undeclared.isEmpty()) {
            throw new AuthorizationException(formLabel + " «" + input.formId() + "» không có trường "
                    + names(undeclared) + ": chỉ được gửi các trường của biểu mẫu. Không có gì được thay đổi.");
        }
        if (typed != null) {
            for (String name : kept.keySet()) {
                String problem = unreadable(typed.getValueTyped(name));
                if (problem != null) {
                    throw new FormFieldValidationException(name, "Trường " + names(List.of(name)) + " " + problem
                            + " Không có gì được thay đổi.");
                }
            }
        }
        return kept;
    }

    private static final String NOT_A_FORM_VALUE = "phải là văn bản, số, ngày, có/không hoặc một nhóm trường (JSON); "
            + "biểu mẫu không nhận đối tượng, XML hay tệp.";

    /** Why a form field's value is not one a form sends, or null. */
    private static String unreadable(TypedValue value) {
        if (value instanceof SerializableValue serializable) {
            if (value.getType() == null || !"json".equals(value.getType().getName())) {
                return NOT_A_FORM_VALUE;
            }
            if (serializable.isDeserialized()) {
                return null;
            }
            try {
                // read as the processes will read it: the same JSON data format, with its limits
                Spin.JSON(serializable.getValueSerialized());
                return null;
            } catch (RuntimeException e) {
                return "không phải JSON đọc được (sai cú pháp hoặc lồng quá sâu).";
            }
        }
        if (value == null || value instanceof PrimitiveValue<?> || ValueType.NULL.equals(value.getType())) {
            return null;
        }
        if (value.getType() == null) {
            // sent without a type: what the value is decides, as the engine's serializers will
            Object raw = value.getValue();
            return raw == null || raw instanceof String || raw instanceof Number || raw instanceof Boolean
                    || raw instanceof java.util.Date ? null : NOT_A_FORM_VALUE;
        }
        return NOT_A_FORM_VALUE;
    }

    /** A task comment: plain text that can be shown and stored. */
    private static void checkComment(String message) {
        if (message == null) {
            return;
        }
        String problem = PlainText.unsafeCharacters(message);
        if (problem != null) {
            throw new BadUserRequestException("Ý kiến " + problem);
        }
        if (PlainText.containsMarkup(message)) {
            throw new BadUserRequestException("Ý kiến là văn bản thường, không được chứa thẻ HTML hay mã lệnh.");
        }
    }

    private static String initiatorOf(ProcessDefinitionEntity definition) {
        return (String) definition.getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME);
    }

    private static boolean carriesVariables(Command<?> command) {
        if (command instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl builder = CommandFields.get(command, "builder");
            return any(builder.getPayloadProcessInstanceVariables(), builder.getPayloadProcessInstanceVariablesLocal(),
                    builder.getPayloadProcessInstanceVariablesToTriggeredScope());
        }
        if (command instanceof MessageEventReceivedCmd) {
            return any(CommandFields.get(command, "processVariables"), CommandFields.get(command, "processVariablesLocal"),
                    CommandFields.get(command, "processVariablesToTriggeredScope"));
        }
        if (command instanceof SignalEventReceivedCmd) {
            return any(((SignalEventReceivedBuilderImpl) CommandFields.get(command, "builder")).getVariables());
        }
        if (command instanceof EvaluateStartConditionCmd) {
            return any(((ConditionEvaluationBuilderImpl) CommandFields.get(command, "builder")).getVariables());
        }
        if (command instanceof SignalCmd) {
            return any(CommandFields.get(command, "processVariables"));
        }
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            return any(CommandFields.get(command, "variables"));
        }
        return false;
    }

    @SafeVarargs
    private static boolean any(Map<String, ?>... maps) {
        for (Map<String, ?> map : maps) {
            if (map != null && !map.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String names(List<String> names) {
        String shown = names.stream().limit(MAX_NAMES)
                .map(n -> "«" + (n.length() > MAX_NAME_LENGTH ? n.substring(0, MAX_NAME_LENGTH) + "…" : n) + "»")
                .collect(Collectors.joining(", "));
        return names.size() > MAX_NAMES ? shown + " và " + (names.size() - MAX_NAMES) + " trường khác" : shown;
    }
}
