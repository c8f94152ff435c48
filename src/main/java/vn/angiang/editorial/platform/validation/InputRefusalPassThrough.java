package vn.angiang.editorial.platform.validation;


import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.EngineLists;

/**
 * Lets a refusal of input reach the client as it was thrown.
 *
 * <p>Processes check what people send in listeners (a start listener, a task listener on
 * {@code complete}) and refuse bad input with a {@link FormFieldValidationException} carrying a
 * Vietnamese message. The engine wraps exceptions thrown by task listeners ("ENGINE-03051 There was an
 * exception while invoking the TaskListener ..."), which the REST API then answers with 500. This
 * interceptor sits outside the transaction (which is rolled back as usual: nothing is changed) and
 * rethrows the refusal itself, which REST answers with 400 and its message, and which Tasklist shows
 * under the form. A refusal of the acting user ({@link AuthorizationException}: not the agency the
 * record is forwarded to, not the submitter) passes the same way and is answered 403.
 */
@Component
public class InputRefusalPassThrough extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                EngineLists.with(configuration.getCustomPreCommandInterceptorsTxRequired(), new Unwrap()));
    }

    static final class Unwrap extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                ProcessEngineException refusal = refusal(e);
                throw refusal != null ? refusal : e;
            }
        }

        private static ProcessEngineException refusal(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof FormFieldValidationException || t instanceof AuthorizationException) {
                    return (ProcessEngineException) t;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return null;
        }
    }
}
