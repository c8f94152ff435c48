package vn.angiang.editorial.report;

import java.util.List;

/**
 * What a report says in numbers, computed from the records of the period ({@link ReportQueries}) and kept with
 * the report as drafted.
 *
 * @param content           content submitted, published, returned, rejected, taken down
 * @param feedback          feedback received and how it was handled, agency by agency
 * @param royalties         royalty statements approved in the period
 * @param meetings          meetings held, follow-up items still open at the period's end
 * @param agenciesBelowDuty agencies that provided fewer items than their duty (org chart, infoDutyPerMonth)
 * @param trend             published items a month, the twelve months ending with the period's last month
 * @param lateSteps         user tasks of every process completed in the period after their due date, by step and person
 */
public record ReportFigures(ReportPeriod period, ContentFigures content, FeedbackFigures feedback,
        RoyaltyFigures royalties, MeetingFigures meetings, List<AgencyDuty> agenciesBelowDuty, List<MonthCount> trend,
        List<LateStep> lateSteps) {

    /** Counts of one field, one source agency, or all. */
    public record ContentCount(String key, String label, long submitted, long published, long returned, long rejected,
            long takenDown) {
    }

    /**
     * @param medianDays days from submission to first publication of the items published in the period (median)
     * @param p90Days    the same, 90th percentile (nearest rank); null when nothing was published
     */
    public record ContentFigures(ContentCount total, List<ContentCount> byField, List<ContentCount> byAgency,
            Double medianDays, Double p90Days) {
    }

    /**
     * Feedback forwarded to one agency: answers given in the period on time or late, and those still open at the
     * period's end past their due date, with the days overdue (calendar days from the due date to the period's end).
     */
    public record AgencyFeedback(String agencyGroup, String agency, long forwarded, long onTime, long late,
            long openOverdue, long maxDaysOverdue) {
    }

    /**
     * @param received        feedback received in the period
     * @param notAccepted     of those, not accepted (không đủ điều kiện xử lý) or outside the scope of feedback
     * @param answeredByBoard of those, handled by the board itself
     * @param forwarded       forwarded to agencies in the period
     */
    public record FeedbackFigures(long received, long notAccepted, long answeredByBoard, long forwarded,
            List<AgencyFeedback> byAgency) {

        public long onTime() {
            return byAgency.stream().mapToLong(AgencyFeedback::onTime).sum();
        }

        public long late() {
            return byAgency.stream().mapToLong(AgencyFeedback::late).sum();
        }

        public long openOverdue() {
            return byAgency.stream().mapToLong(AgencyFeedback::openOverdue).sum();
        }
    }

    public record KindAmount(String kind, long works, long amount) {
    }

    /** Works paid (amount above zero) on the statements approved in the period, VND. */
    public record RoyaltyFigures(long statements, long worksPaid, long total, long taxWithheld, List<KindAmount> byKind) {
    }

    public record MeetingFigures(long held, long openFollowUps, long overdueFollowUps) {
    }

    /** An agency's duty for the period (items a month × months) and what it provided. */
    public record AgencyDuty(String agencyGroup, String agency, int duty, long provided) {
    }

    /** A step (user task) of a process completed late by one person: how often, and the most days after its due date. */
    public record LateStep(String process, String step, String person, long late, long maxDaysLate) {
    }

    /** {@code month} as yyyy-MM. */
    public record MonthCount(String month, long published) {
    }
}
