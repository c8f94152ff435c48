package vn.angiang.editorial.content.process;

import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code routeSubmission}: applies the routing tables (content-routing.dmn) to the vetted item. */
@Component("routeSubmission")
public record RouteSubmission(ContentService service) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        ContentVariables.refresh(execution, service.route(id));
    }
}
