package vn.angiang.editorial.royalty.process;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.ProcessSteps;
import vn.angiang.editorial.platform.process.StepKit;
import vn.angiang.editorial.royalty.RoyaltyService;

/**
 * What the steps of royalty-payout share (bean {@code royaltyProcess}): the statement of the instance, who acts,
 * the working-day calendar; and the fields whose members propose ({@code ${royaltyProcess.fieldGroups(statementId)}},
 * the collection of the multi-instance task).
 */
@Component("royaltyProcess")
public class RoyaltyStep extends ProcessSteps<RoyaltyService> {

    public RoyaltyStep(RoyaltyService service, StepKit kit) {
        super(service, kit);
    }

    /**
     * Whether anyone is paid on the statement, or has an amount recovered by a correction (the gateway after the
     * approval: nothing to pay, nothing to record).
     */
    public boolean hasPayees(long statementId) {
        return service().payeeTotals(service().get(statementId)).stream().anyMatch(t -> t.gross() != 0 || t.tax() != 0);
    }

    /** The groups of the members whose fields have works on the statement. */
    public List<String> fieldGroups(long statementId) {
        return service().fieldGroups(statementId);
    }
}
