package vn.angiang.editorial.platform.security;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters show the variable {@code itemTitle} on each task card, but a reviewer may
 * read the task, not the process instance it belongs to; without its own copy every card of a
 * filter reads the same. Each new user task gets the instance's current title as a task variable.
 */
@Component
public class TaskTitleInLists extends AbstractProcessEnginePlugin {

    static final String ITEM_TITLE = "itemTitle";

    private static final TaskListener COPY_TITLE = task -> {
        Object title = task.getVariable(ITEM_TITLE);
        if (title != null) {
            task.setVariableLocal(ITEM_TITLE, title);
        }
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY_TITLE);
            }
        });
    }
}
