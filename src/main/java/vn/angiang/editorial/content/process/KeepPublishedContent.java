package vn.angiang.editorial.content.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.content.ContentActors;
import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.platform.process.Actor;

/** {@code keepPublishedContent}: the head did not approve the correction; the record goes back to what the feed shows. */
@Component("keepPublishedContent")
public record KeepPublishedContent(ContentService service, ContentActors actors) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        ContentVariables.refresh(execution, service.keepPublishedContent(id, actors.currentUser().orElse(Actor.SYSTEM)));
        ContentVariables.OUTCOME.set(execution, "Đính chính không được phê duyệt; tin bài giữ nội dung đang đăng");
    }
}
