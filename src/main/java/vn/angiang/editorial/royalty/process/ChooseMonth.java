package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_DUE;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_MONTH;

import java.time.LocalDate;
import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.royalty.RoyaltyService;

/**
 * {@code chooseMonth}, after the monthly timer (07:00 on each of the first seven days of a month): the
 * statement of the previous month is due on the month's first working day (working-day calendar), and only
 * once; on any other day, or when it was already drafted (by hand, or by another node), nothing is done.
 */
@Component("chooseMonth")
public record ChooseMonth(RoyaltyStep step) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = step.service().today();
        YearMonth month = RoyaltyService.monthBefore(today);
        boolean due = today.equals(step.firstWorkingDayOfMonth(today)) && !step.service().drafted(month);
        ROYALTY_DUE.set(execution, due);
        if (due) {
            ROYALTY_MONTH.set(execution, month.toString());
        }
    }
}
