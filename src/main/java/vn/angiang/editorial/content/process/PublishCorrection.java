package vn.angiang.editorial.content.process;

import vn.angiang.editorial.platform.process.Actor;

import vn.angiang.editorial.content.ContentActors;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code publishCorrection}: the corrected content becomes the next version in the feed (Đ10.4). */
@Component("publishCorrection")
public record PublishCorrection(ContentService service, ContentActors actors) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        service.publishCorrection(id, actors.currentUser().orElse(Actor.SYSTEM));
        ContentVariables.OUTCOME.set(execution, "Đã đăng bản đính chính trên Cổng");
    }
}
