package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.APPROVE_DUE;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_SCORES;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.STATEMENT_TOTAL;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.royalty.Money;
import vn.angiang.editorial.royalty.RoyaltyInputs.WorkScore;
import vn.angiang.editorial.royalty.RoyaltyStatement;

/**
 * {@code scoreStatement}: on {@code create} every work is put on the task with the member's proposal and the
 * drafted payees; on {@code complete} the IT center's scoring is checked (frames, shares summing to 100 %,
 * who is paid) and the amounts computed (Đ11.6, Đ17.2). Bad input undoes the completion.
 */
@Component("scoreStatementTask")
public record ScoreStatementTask(RoyaltyStep step) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        long statementId = RoyaltyVariables.STATEMENT_ID.required(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(ROYALTY_SCORES.name(), RoyaltyVariables.json(step.service().scoresFor(statementId)));
            return;
        }
        RoyaltyStatement s = step.service().score(statementId,
                RoyaltyVariables.list(ROYALTY_SCORES.get(task), WorkScore.class, ROYALTY_SCORES.name()),
                step.actor(BoardRole.IT_CENTER));
        STATEMENT_TOTAL.set(task.getExecution(), Money.vnd(s.total()) + " đồng (" + Money.inWords(s.total()) + ")");
        APPROVE_DUE.set(task.getExecution(), step.due(step.service().rules().workingDays().approve()));
    }
}
