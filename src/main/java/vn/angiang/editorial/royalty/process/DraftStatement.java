package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.MONTH_LABEL;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.PAYMENT_DUE;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.PAYMENT_DUE_AT;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.PAYMENT_ESCALATION;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.PAYMENT_WARNING;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.PROPOSE_DUE;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_KIND;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.ROYALTY_MONTH;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.SCORE_DUE;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.STATEMENT_ID;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.WORKS_COUNT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.royalty.RoyaltyRules;
import vn.angiang.editorial.royalty.RoyaltyService;
import vn.angiang.editorial.royalty.RoyaltyStatement;
import vn.angiang.editorial.royalty.StatementKind;

/**
 * {@code draftStatement}: the month's statement, or a supplementary statement of an approved month, is drafted from
 * the content records, with the steps' due dates.
 */
@Component("draftStatement")
public record DraftStatement(RoyaltyStep step) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        YearMonth month = YearMonth.parse(ROYALTY_MONTH.required(execution));
        boolean supplementary = StatementKind.SUPPLEMENTARY.code().equals(ROYALTY_KIND.get(execution));
        RoyaltyStatement s = supplementary
                ? step.service().draftSupplementary(month, execution.getProcessInstanceId(), step.actor(BoardRole.IT_CENTER))
                : step.service().draft(month, execution.getProcessInstanceId(), step.actor(BoardRole.IT_CENTER));
        RoyaltyRules.Deadlines days = step.service().rules().workingDays();
        STATEMENT_ID.set(execution, s.id());
        MONTH_LABEL.set(execution, RoyaltyService.label(month) + (supplementary ? " (bổ sung)" : ""));
        WORKS_COUNT.set(execution, (long) s.works().size());
        PROPOSE_DUE.set(execution, step.due(days.propose()));
        SCORE_DUE.set(execution, step.due(days.score()));
        LocalDate earliest = s.works().stream().map(w -> w.publishedOn()).min(LocalDate::compareTo)
                .orElse(step.service().today());
        LocalDate due = earliest.plusDays(days.paymentDueDays());
        Date dueAt = Date.from(due.atTime(8, 0).atZone(BoardTime.ZONE).toInstant());
        PAYMENT_DUE.set(execution, BoardTime.DATE.format(due));
        PAYMENT_DUE_AT.set(execution, dueAt);
        PAYMENT_WARNING.set(execution, step.workingDays().before(dueAt, days.warnBeforeDue()));
        PAYMENT_ESCALATION.set(execution, step.workingDays().before(dueAt, days.escalateBeforeDue()));
        execution.setProcessBusinessKey("royalty-" + month + (supplementary ? "-bs" + s.id() : ""));
    }
}
