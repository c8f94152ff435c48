package vn.angiang.editorial.platform.security;

import java.util.List;
import java.util.function.BiConsumer;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.GetUniqueTaskWorkerCountCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.EngineLists;

/**
 * Checks for the commands Camunda 7 runs with no authorization check at all, so that through them a
 * signed-in person reaches only what {@link AuthorizationTable} and the task rights give:
 * <ul>
 * <li>comments, attachments and events of a task: reading them needs the right to read the task (its
 * candidates and assignee, and those who read every task), adding needs the right to work it, as
 * completing does; of a process instance: reading it, or updating it to add;</li>
 * <li>the engine's metrics ({@code /engine-rest/metrics}): how busy the board is, for the kinds in
 * {@link AuthorizationTable#METRICS_READERS} and administrators, as {@code /actuator/prometheus}.</li>
 * </ul>
 * Without it anyone signed in reads the engine's metrics, and whoever may read a process's history —
 * the process owners included, who may not read its tasks — reads and writes every task's comments.
 * What the engine does on its own (no signed-in user, or checks switched off) passes; a task or an
 * instance that is no longer running is left to the engine (the REST API then shows comments only to
 * those who may read the process's history).
 */
@Component
public class UncheckedCommandsGuard extends AbstractProcessEnginePlugin {

    static final String METRICS = "Chỉ quản lý và quản trị viên được xem số liệu vận hành.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                EngineLists.with(configuration.getCustomPostCommandInterceptorsTxRequired(), new Check()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                EngineLists.with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Check()));
    }

    static final class Check extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            Authentication user = context == null ? null : context.getAuthentication();
            if (user != null && user.getUserId() != null && context.isAuthorizationCheckEnabled()) {
                check(command, context, user);
            }
            return next.execute(command);
        }

        private static void check(Command<?> command, CommandContext context, Authentication user) {
            if (command instanceof GetTaskCommentsCmd || command instanceof GetTaskCommentCmd
                    || command instanceof GetTaskEventsCmd || command instanceof GetTaskAttachmentsCmd
                    || command instanceof GetTaskAttachmentCmd || command instanceof GetTaskAttachmentContentCmd) {
                onTask(context, CommandFields.get(command, "taskId"), CommandChecker::checkReadTask);
            } else if (command instanceof GetProcessInstanceCommentsCmd || command instanceof GetProcessInstanceAttachmentsCmd) {
                onInstance(context, CommandFields.get(command, "processInstanceId"), CommandChecker::checkReadProcessInstance);
            } else if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd) {
                String taskId = CommandFields.get(command, "taskId");
                if (taskId != null) {
                    onTask(context, taskId, CommandChecker::checkTaskWork);
                } else {
                    onInstance(context, CommandFields.get(command, "processInstanceId"), CommandChecker::checkUpdateProcessInstance);
                }
            } else if (command instanceof GetAttachmentCmd || command instanceof GetAttachmentContentCmd) {
                onAttachment(context, CommandFields.get(command, "attachmentId"), false);
            } else if (command instanceof DeleteAttachmentCmd) {
                onAttachment(context, CommandFields.get(command, "attachmentId"), true);
            } else if (command instanceof SaveAttachmentCmd) {
                Attachment attachment = CommandFields.get(command, "attachment");
                onAttachment(context, attachment == null ? null : attachment.getId(), true);
            } else if (command instanceof MetricsQueryImpl || command.getClass().getEnclosingClass() == MetricsQueryImpl.class
                    || command instanceof GetUniqueTaskWorkerCountCmd) {
                // the query runs as a command itself (sum, intervals), or through one of its own
                if (!context.getAuthorizationManager().isCamundaAdmin(user) && !GroupKinds.of(groupsOf(context, user))
                        .isAnyOf(AuthorizationTable.METRICS_READERS)) {
                    throw new AuthorizationException(METRICS);
                }
            }
        }

        private static void onTask(CommandContext context, String taskId, BiConsumer<CommandChecker, TaskEntity> check) {
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task != null) {
                context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> check.accept(checker, task));
            }
        }

        private static void onInstance(CommandContext context, String processInstanceId,
                BiConsumer<CommandChecker, ExecutionEntity> check) {
            ExecutionEntity instance = processInstanceId == null ? null
                    : context.getExecutionManager().findExecutionById(processInstanceId);
            if (instance != null) {
                context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> check.accept(checker, instance));
            }
        }

        private static void onAttachment(CommandContext context, String attachmentId, boolean change) {
            AttachmentEntity attachment = attachmentId == null ? null
                    : context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
            if (attachment == null) {
                return;
            }
            if (attachment.getTaskId() != null) {
                onTask(context, attachment.getTaskId(), change ? CommandChecker::checkTaskWork : CommandChecker::checkReadTask);
            } else {
                onInstance(context, attachment.getProcessInstanceId(),
                        change ? CommandChecker::checkUpdateProcessInstance : CommandChecker::checkReadProcessInstance);
            }
        }

        private static List<Group> groupsOf(CommandContext context, Authentication user) {
            List<String> ids = user.getGroupIds();
            if (ids == null || ids.isEmpty()) {
                return List.of();
            }
            return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery()
                    .groupIdIn(ids.toArray(String[]::new)).list());
        }
    }
}
