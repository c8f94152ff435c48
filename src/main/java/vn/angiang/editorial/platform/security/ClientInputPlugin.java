package vn.angiang.editorial.platform.security;


import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.EngineLists;

/**
 * Puts {@link ClientInputGuard} into the engine's command chains, and gives the candidates and the
 * assignee of a task what Tasklist needs to work it — read, claim, complete, comment
 * ({@code TASK_WORK}) — instead of the engine's default {@code UPDATE}, which would also let them
 * write the task's and the instance's variables, reassign the task to anyone and add candidate groups.
 */
@Component
public class ClientInputPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        DeclaredForms forms = new DeclaredForms();
        // after the command context is opened: the guard reads the task and the forms in it
        configuration.setCustomPostCommandInterceptorsTxRequired(
                EngineLists.with(configuration.getCustomPostCommandInterceptorsTxRequired(), new ClientInputGuard(forms)));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                EngineLists.with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new ClientInputGuard(forms)));
    }
}
