package vn.angiang.editorial.meeting.process;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.meeting.MeetingRules;

/**
 * The half-year timer of meeting-half-year, {@code ${meetingCycle.regularCycle()}} (Đ15.2). Evaluated when the
 * model is deployed, while the engine is still starting: this bean needs nothing of the engine.
 */
@Component("meetingCycle")
public record MeetingCycle(MeetingRules rules) {

    /** A cron: 07:00 on the 2nd of January and July by default ({@link MeetingRules#regularCycle()}). */
    public String regularCycle() {
        return rules.regularCycle();
    }
}
