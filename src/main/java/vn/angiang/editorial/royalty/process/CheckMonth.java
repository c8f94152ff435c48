package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_DUE;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_KIND;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_MONTH;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.royalty.StatementKind;

/**
 * On the start by hand ({@code start} of {@code startedByHand}): the IT center chose a month; a month not yet
 * ended, or one that already has a statement (approved: corrections go through a supplementary statement), is
 * refused in Vietnamese and no instance is started. A supplementary statement is for an approved month only.
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
        String kindCode = ROYALTY_KIND.get(execution);
        StatementKind kind = kindCode == null || kindCode.isBlank() ? StatementKind.REGULAR
                : Coded.byCode(StatementKind.class, kindCode.strip()).orElseThrow(() -> new InputRefused("royaltyKind",
                        "Hãy chọn loại bảng kê: bảng kê tháng hoặc bảng kê bổ sung."));
        if (kind == StatementKind.SUPPLEMENTARY) {
            step.service().refuseSupplementary(month);
        } else {
            step.service().refuseRun(month);
        }
        ROYALTY_MONTH.set(execution, month.toString());
        ROYALTY_KIND.set(execution, kind.code());
        ROYALTY_DUE.set(execution, true);
    }
}
