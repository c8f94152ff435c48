package vn.angiang.editorial.royalty.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.royalty.RoyaltyService;

/**
 * What the steps of royalty-payout share (bean {@code royaltyProcess}): the statement of the instance, who acts,
 * the working-day calendar; and the fields whose members propose ({@code ${royaltyProcess.fieldGroups(statementId)}},
 * the collection of the multi-instance task).
 */
@Component("royaltyProcess")
public class RoyaltyStep {

    private final RoyaltyService service;
    private final Actors actors;
    private final OrgDirectory org;
    private final WorkingDayCalendar workingDays;

    public RoyaltyStep(RoyaltyService service, Actors actors, OrgDirectory org,
            @Qualifier("workingDays") WorkingDayCalendar workingDays) {
        this.service = service;
        this.actors = actors;
        this.org = org;
        this.workingDays = workingDays;
    }

    public RoyaltyService service() {
        return service;
    }

    public long statementId(VariableScope scope) {
        return RoyaltyVariables.STATEMENT_ID.required(scope);
    }

    /** Whether anyone is paid on the statement (the gateway after the approval: nothing to pay, nothing to record). */
    public boolean hasPayees(long statementId) {
        return service.payeeTotals(service.get(statementId)).stream().anyMatch(t -> t.gross() > 0);
    }

    /** The groups of the members whose fields have works on the statement. */
    public List<String> fieldGroups(long statementId) {
        return service.fieldGroups(statementId);
    }

    /** The signed-in official acting in the group of {@code role} (the application itself for the timer). */
    public Actor actor(BoardRole role) {
        return actors.current(org.group(role));
    }

    public Actor actorIn(String group) {
        return actors.current(group);
    }

    public WorkingDayCalendar workingDays() {
        return workingDays;
    }

    /** {@code days} working days from now, as a task's due date. */
    public Date due(int days) {
        return workingDays.fromNow(days);
    }

    /** The first working day of the month of {@code day}. */
    public LocalDate firstWorkingDayOfMonth(LocalDate day) {
        return workingDays.addWorkingDays(day.withDayOfMonth(1), 0);
    }
}
