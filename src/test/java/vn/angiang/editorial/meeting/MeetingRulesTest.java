package vn.angiang.editorial.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** The meeting rules as configuration: the documented defaults, the half-year cron, refusal of nonsense. */
class MeetingRulesTest {

    @Test
    void theDefaultsAreTheDecreesAndTheBoardsOwnRule() {
        MeetingRules rules = MeetingRules.defaults();
        assertThat(rules.invitationNoticeDays()).as("QĐ 45/2018/QĐ-TTg").isEqualTo(3);
        assertThat(rules.conclusionDays()).as("QĐ 45/2018/QĐ-TTg").isEqualTo(5);
        assertThat(rules.majorityBasis()).isEqualTo(MajorityBasis.ATTENDING);
        assertThat(rules.quorumPercent()).isEqualTo(50);
        assertThat(rules.regularCycle()).as("07:00 on 2 January and 2 July (Đ15.2)").isEqualTo("0 0 7 2 1,7 ?");
    }

    @Test
    void theHalfYearTimerFollowsTheConfiguredDayAndTime() {
        MeetingRules rules = new MeetingRules(10, LocalTime.of(8, 30), 5, 3, 5, 2, 1, MajorityBasis.ALL_MEMBERS, 0);
        assertThat(rules.regularCycle()).isEqualTo("0 30 8 10 1,7 ?");
    }

    @Test
    void impossibleSettingsStopTheStart() {
        assertThatThrownBy(() -> new MeetingRules(31, LocalTime.of(7, 0), 5, 3, 5, 2, 1, MajorityBasis.ATTENDING, 50))
                .hasMessageContaining("regular-opens-on-day");
        assertThatThrownBy(() -> new MeetingRules(2, LocalTime.of(7, 0), 5, 3, 5, 2, 1, MajorityBasis.ATTENDING, 120))
                .hasMessageContaining("quorum-percent");
        assertThatThrownBy(() -> new MeetingRules(2, LocalTime.of(7, 0), 5, 3, 2, 3, 1, MajorityBasis.ATTENDING, 50))
                .hasMessageContaining("minutes-days");
    }
}
