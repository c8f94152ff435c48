package vn.angiang.editorial.platform.process;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;

/** What every process's steps need from the platform: who acts, the org chart, the working-day calendar. */
@Component
public record StepKit(Actors actors, OrgDirectory org, @Qualifier("workingDays") WorkingDayCalendar workingDays) {
}
