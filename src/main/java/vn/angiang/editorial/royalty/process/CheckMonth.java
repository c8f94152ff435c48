package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_DUE;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_MONTH;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * On the start by hand ({@code start} of {@code startedByHand}): the IT center chose a month; a month not yet
 * ended, or one that already has a statement (approved: corrections go through a supplementary statement), is
 * refused in Vietnamese and no instance is started.
 */
@Component("checkMonth")
public record CheckMonth(RoyaltyStep step) implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        String text = ROYALTY_MONTH.get(execution);
        YearMonth month;
        try {
            month = text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InputRefused("royaltyMonth", "Tháng phải ghi theo dạng năm-tháng, ví dụ 2026-11.");
        }
        step.service().refuseRun(month);
        ROYALTY_MONTH.set(execution, month.toString());
        ROYALTY_DUE.set(execution, true);
    }
}
