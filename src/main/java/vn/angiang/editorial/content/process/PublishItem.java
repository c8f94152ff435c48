package vn.angiang.editorial.content.process;

import vn.angiang.editorial.platform.process.Actor;

import vn.angiang.editorial.content.ContentActors;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.content.Submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code publishItem}: puts the approved item into the public feed. */
@Component("publishItem")
public record PublishItem(ContentService service, ContentActors actors) implements JavaDelegate {


    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        Submission published = service.publish(id, actors.currentUser().orElse(Actor.SYSTEM));
        String url = "/public/feed/" + published.publishedItemKey();
        ContentVariables.PUBLISHED_ITEM_URL.set(execution, url);
        ContentVariables.OUTCOME.set(execution, "Đã đăng trên Cổng thông tin điện tử tỉnh");
        ContentVariables.OUTCOME_COMMENT.set(execution, url);
    }
}
