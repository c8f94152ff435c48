package vn.angiang.editorial.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Đ14.1 "quyết định các vấn đề theo đa số": more than half, of those attending (the default) or of all members,
 * and only with more than the quorum share of the members attending (quy định nội bộ, configurable).
 */
class MajorityRuleTest {

    @ParameterizedTest(name = "{0} for, {1} of {2} attending, basis {3}, quorum {4}% → {5}")
    @CsvSource({
            // more than half of those attending
            "5, 9, 10, ATTENDING, 50, PASSED",
            "4, 8, 10, ATTENDING, 50, FAILED",   // exactly half is no majority
            "5, 8, 10, ATTENDING, 50, PASSED",
            // of all members, the attending count does not matter past the quorum
            "5, 9, 10, ALL_MEMBERS, 50, FAILED",
            "6, 6, 10, ALL_MEMBERS, 50, PASSED",
            // without a quorum nothing passes, even unanimously
            "5, 5, 10, ATTENDING, 50, FAILED",
            "3, 3, 10, ATTENDING, 0, PASSED",
            "2, 5, 8, ATTENDING, 50, FAILED"})
    void aDecisionPassesByMoreThanHalfOfItsBasisWhenTheQuorumIsThere(int votesFor, int attending, int members,
            MajorityBasis basis, int quorum, VoteOutcome expected) {
        assertThat(new MajorityRule(basis, quorum).outcome(votesFor, attending, members)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ATTENDING, quá nửa số thành viên dự họp", "ALL_MEMBERS, quá nửa tổng số thành viên"})
    void theRuleIsSaidInTheNoticeWithItsSource(MajorityBasis basis, String words) {
        assertThat(new MajorityRule(basis, 50).describe()).contains(words, "trên 50%", "Điều 14 khoản 1",
                "quy định nội bộ");
    }
}
