package vn.angiang.editorial.platform.process;

import java.time.LocalDate;
import java.util.Date;

import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;

/**
 * What the steps of a process share (a process's step bean extends this): the process's service {@code S}, who
 * acts, in the group of which role, and due dates on the working-day calendar.
 */
public abstract class ProcessSteps<S> {

    private final S service;
    private final StepKit kit;

    protected ProcessSteps(S service, StepKit kit) {
        this.service = service;
        this.kit = kit;
    }

    public S service() {
        return service;
    }

    /** The signed-in official acting in the group of {@code role} (the application itself for a timer). */
    public Actor actor(BoardRole role) {
        return kit.actors().current(kit.org().group(role));
    }

    public Actor actorIn(String group) {
        return kit.actors().current(group);
    }

    public OrgDirectory org() {
        return kit.org();
    }

    public WorkingDayCalendar workingDays() {
        return kit.workingDays();
    }

    /** {@code days} working days from now, as a task's due date. */
    public Date due(int days) {
        return kit.workingDays().fromNow(days);
    }

    /** The first working day of the month of {@code day}. */
    public LocalDate firstWorkingDayOfMonth(LocalDate day) {
        return kit.workingDays().addWorkingDays(day.withDayOfMonth(1), 0);
    }
}
