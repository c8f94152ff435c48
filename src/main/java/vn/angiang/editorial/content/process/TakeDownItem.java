package vn.angiang.editorial.content.process;

import vn.angiang.editorial.platform.process.Actor;

import vn.angiang.editorial.content.ContentActors;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code takeDownItem}: removes the item from the feed; the reason stays in the record (Đ10.4). */
@Component("takeDownItem")
public record TakeDownItem(ContentService service, ContentActors actors) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        service.takeDown(id, actors.currentUser().orElse(Actor.SYSTEM));
        ContentVariables.OUTCOME.set(execution, "Tin bài đã được gỡ khỏi Cổng");
    }
}
