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
public class TakeDownItem implements JavaDelegate {

    private final ContentService service;
    private final ContentActors actors;

    public TakeDownItem(ContentService service, ContentActors actors) {
        this.service = service;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        service.takeDown(id, actors.currentUser().orElse(Actor.SYSTEM));
        ContentVariables.OUTCOME.set(execution, "Tin bài đã được gỡ khỏi Cổng");
    }
}
