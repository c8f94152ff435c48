package vn.angiang.editorial.platform.notification;

import vn.angiang.editorial.platform.process.Coded;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Service task (or execution listener) that tells the requester how their request ended.
 * <pre>{@code <bpmn:serviceTask id="notifyOutcome" name="Báo kết quả cho người gửi" camunda:delegateExpression="${notifyRequester}"/>}</pre>
 * Process variables read: {@code requesterId} (a Camunda user id: the user's e-mail and name are used) or
 * {@code requesterEmail} (with {@code requesterName} if known), {@code itemTitle}, {@code outcome} (a code
 * of {@link RequestOutcome}, shown with its label, or any text shown as it is) and {@code outcomeComment}.
 * Template {@code request-outcome} (an unnamed requester is addressed "Ông/Bà", a missing comment shows
 * "(không có)": the template says so).
 * <p>
 * A process that sets neither {@code requesterId} nor {@code requesterEmail} is a modelling error: the step
 * fails. A requester without a usable e-mail address is logged and skipped, so the outcome itself is not
 * held up.
 */
@Component("notifyRequester")
public class NotifyRequester implements JavaDelegate {

    public static final String TEMPLATE = "request-outcome";
    private static final Logger log = LoggerFactory.getLogger(NotifyRequester.class);

    private final Outbox outbox;

    public NotifyRequester(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requesterId = text(execution.getVariable("requesterId"));
        String requesterEmail = text(execution.getVariable("requesterEmail"));
        if (requesterId.isEmpty() && requesterEmail.isEmpty()) {
            throw new IllegalStateException("Không gửi được thông báo kết quả: quy trình chưa có biến "
                    + "requesterId hoặc requesterEmail (bước " + execution.getCurrentActivityId() + ")");
        }
        String name = text(execution.getVariable("requesterName"));
        String email = requesterEmail;
        if (!requesterId.isEmpty()) {
            var identity = execution.getProcessEngineServices().getIdentityService();
            User user = EngineDirectory.withoutAuthorization(() -> EngineDirectory.user(identity, requesterId));
            if (user != null) {
                name = EngineDirectory.displayName(user);
                if (user.getEmail() != null && !user.getEmail().isBlank()) {
                    email = user.getEmail().strip();
                }
            } else {
                log.warn("Process {}: requester {} is not a user", execution.getProcessInstanceId(), requesterId);
            }
        }
        if (!Outbox.isValidAddress(email)) {
            log.warn("Process {}: requester {} has no usable e-mail address (\"{}\"); outcome not mailed",
                    execution.getProcessInstanceId(), requesterId.isEmpty() ? name : requesterId, email);
            return;
        }
        String outcome = text(execution.getVariable("outcome"));
        String comment = text(execution.getVariable("outcomeComment"));
        String processName = EngineDirectory.withoutAuthorization(() -> EngineDirectory.processName(
                execution.getProcessEngineServices(), execution.getProcessDefinitionId()));

        Map<String, Object> model = new HashMap<>();
        model.put("recipientName", name);
        model.put("itemTitle", text(execution.getVariable("itemTitle")));
        model.put("outcome", Coded.byCode(RequestOutcome.class, outcome).map(Coded::label).orElse(outcome));
        model.put("outcomeComment", comment);
        model.put("processName", processName);
        model.put("businessKey", execution.getProcessBusinessKey());
        outbox.enqueue(email, TEMPLATE, model, "process:" + execution.getProcessInstanceId());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
