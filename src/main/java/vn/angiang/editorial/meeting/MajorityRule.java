package vn.angiang.editorial.meeting;

/**
 * Đ14.1: "quyết định các vấn đề theo đa số". A decision passes when the votes for it are more than half of the
 * basis the board chose ({@link MajorityBasis}: those attending, in person or by proxy, or all members), and
 * only when more than the quorum share of the members attend ({@link MeetingRules#quorumPercent()}). Both are
 * the board's own rule (quy định nội bộ); the regulation names neither.
 */
public record MajorityRule(MajorityBasis basis, int quorumPercent) {

    public static MajorityRule of(MeetingRules rules) {
        return new MajorityRule(rules.majorityBasis(), rules.quorumPercent());
    }

    /** Whether enough members attend for a vote to count. */
    public boolean quorate(int attending, int members) {
        return quorumPercent == 0 || attending * 100L > (long) quorumPercent * members;
    }

    /** The outcome of a vote with {@code votesFor} in favour, {@code attending} of {@code members} attending. */
    public VoteOutcome outcome(int votesFor, int attending, int members) {
        if (!quorate(attending, members)) {
            return VoteOutcome.FAILED;
        }
        int of = basis == MajorityBasis.ALL_MEMBERS ? members : attending;
        return votesFor * 2L > of ? VoteOutcome.PASSED : VoteOutcome.FAILED;
    }

    /** The rule in words, for the minutes and the notice. */
    public String describe() {
        String majority = basis == MajorityBasis.ALL_MEMBERS ? "quá nửa tổng số thành viên Ban Biên tập"
                : "quá nửa số thành viên dự họp (kể cả người họp thay)";
        return "Biểu quyết thông qua khi số phiếu tán thành " + majority
                + (quorumPercent == 0 ? "" : ", với điều kiện số thành viên dự họp trên " + quorumPercent + "%")
                + " (Điều 14 khoản 1 Quy chế; cách tính theo quy định nội bộ).";
    }
}
