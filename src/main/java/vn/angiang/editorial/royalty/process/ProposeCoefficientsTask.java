package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.FIELD_GROUP;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_PROPOSALS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.royalty.RoyaltyInputs.Proposal;

/**
 * {@code proposeCoefficients}, one task per field with works on the statement: on {@code create} the works of
 * the field with their frames are put on the task; on {@code complete} the member's coefficients are checked
 * against the frames and recorded (Đ10.9). Bad input undoes the completion: the task stays open.
 */
@Component("proposeCoefficientsTask")
public record ProposeCoefficientsTask(RoyaltyStep step) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        long statementId = RoyaltyVariables.STATEMENT_ID.required(task);
        String fieldGroup = FIELD_GROUP.required(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(ROYALTY_PROPOSALS.name(),
                    RoyaltyVariables.json(step.service().proposalsFor(statementId, fieldGroup)));
            return;
        }
        step.service().propose(statementId, fieldGroup,
                RoyaltyVariables.list(ROYALTY_PROPOSALS.get(task), Proposal.class, ROYALTY_PROPOSALS.name()),
                step.actorIn(fieldGroup));
    }
}
