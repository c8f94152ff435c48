package vn.angiang.editorial.platform.security;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Whoever starts a process instance may read it afterwards (an agency follows its own submission).
 * Added to every process at parse time, so no model has to remember it.
 */
@Component
public class StarterMayReadInstance extends AbstractProcessEnginePlugin {

    private static final ExecutionListener GRANT_READ_TO_STARTER = execution -> {
        CommandContext commandContext = Context.getCommandContext();
        String userId = commandContext.getAuthenticatedUserId();
        if (userId == null || !execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId(execution.getProcessInstanceId());
        grant.setRootProcessInstanceId(execution.getProcessInstanceId());
        grant.addPermission(Permissions.READ);
        // the starter may not create authorizations in general, only this one is given to them
        commandContext.runWithoutAuthorization(() -> {
            commandContext.getAuthorizationManager().insert(grant);
            return null;
        });
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, GRANT_READ_TO_STARTER);
            }
        });
    }
}
