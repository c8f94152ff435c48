package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_MONTH;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.royalty.RoyaltyService;

/**
 * {@code startPayout} of royalty-monthly: starts royalty-payout for the month chosen, in the same transaction
 * (the start's own check refuses a month already drafted: if two nodes fire together, one rolls back).
 */
@Component("startPayout")
public record StartPayout() implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(RoyaltyService.PROCESS_KEY,
                Map.of(ROYALTY_MONTH.name(), ROYALTY_MONTH.required(execution)));
    }
}
