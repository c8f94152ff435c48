package vn.angiang.editorial.meeting;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of meetings that are numbers, as configuration ({@code editorial.meeting.*}), each with its source;
 * an installation changes them without a release. Reminders follow each task's rule ({@code tasks/task-rules.yaml}).
 *
 * @param regularOpensOnDay       Đ15.2 (regular meeting every 6 months): the preparation of the half-year's
 *                                regular meeting opens on this day of January and of July (quy định nội bộ)
 * @param regularOpensAt          at this time of that day, in the board's zone (quy định nội bộ)
 * @param agendaDays              the secretariat drafts the agenda within this many working days (quy định nội bộ)
 * @param invitationNoticeDays    a regular meeting's invitation is sent at least this many working days before
 *                                the meeting (Quyết định 45/2018/QĐ-TTg); an ad hoc meeting may be shorter
 * @param conclusionDays          the conclusion notice is issued within this many working days after the
 *                                meeting (Quyết định 45/2018/QĐ-TTg)
 * @param minutesDays             the secretariat records the meeting within this many working days after it
 *                                (quy định nội bộ, inside the conclusion limit)
 * @param replyDaysBefore         members reply this many working days before the meeting (quy định nội bộ)
 * @param majorityBasis           Đ14.1 "quyết định các vấn đề theo đa số": more than half of whom (quy định nội bộ)
 * @param quorumPercent           a vote counts only when more than this share of the members attend, in person or
 *                                by proxy; 0: no quorum (quy định nội bộ, Đ14.1 names none)
 */
@ConfigurationProperties("editorial.meeting")
public record MeetingRules(
        @DefaultValue("2") int regularOpensOnDay,
        @DefaultValue("07:00") LocalTime regularOpensAt,
        @DefaultValue("5") int agendaDays,
        @DefaultValue("3") int invitationNoticeDays,
        @DefaultValue("5") int conclusionDays,
        @DefaultValue("2") int minutesDays,
        @DefaultValue("1") int replyDaysBefore,
        @DefaultValue("attending") MajorityBasis majorityBasis,
        @DefaultValue("50") int quorumPercent) {

    public static final String INVITATION_NOTICE_SOURCE = "Quyết định 45/2018/QĐ-TTg";
    public static final String CONCLUSION_SOURCE = "Quyết định 45/2018/QĐ-TTg; Đ12.1 Quy chế";

    public MeetingRules {
        if (regularOpensOnDay < 1 || regularOpensOnDay > 28) {
            throw new IllegalStateException("editorial.meeting.regular-opens-on-day: một ngày từ 1 đến 28");
        }
        if (quorumPercent < 0 || quorumPercent > 100) {
            throw new IllegalStateException("editorial.meeting.quorum-percent: từ 0 đến 100");
        }
        if (agendaDays < 1 || invitationNoticeDays < 0 || conclusionDays < 1 || minutesDays < 0 || replyDaysBefore < 0
                || minutesDays > conclusionDays) {
            throw new IllegalStateException("editorial.meeting: số ngày làm việc không hợp lệ (không âm; "
                    + "minutes-days không quá conclusion-days)");
        }
    }

    /** The defaults above, as an installation without settings has them. */
    public static MeetingRules defaults() {
        return new MeetingRules(2, LocalTime.of(7, 0), 5, 3, 5, 2, 1, MajorityBasis.ATTENDING, 50);
    }

    /** The half-year timer of the model, a cron: 07:00 on the 2nd of January and July by default. */
    public String regularCycle() {
        return "0 " + regularOpensAt.getMinute() + " " + regularOpensAt.getHour() + " " + regularOpensOnDay
                + " 1,7 ?";
    }
}
