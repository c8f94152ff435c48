package vn.angiang.editorial.royalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgChart;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;

/**
 * The members' monthly fee (thù lao, Đ17.1) as a section of the regular statement, from the rules file: one line
 * per member of the groups named, part of the total, paid and taxed with the member's royalties.
 */
class RoyaltyFeesTest {

    /** The rules shipped, with fees entered as an administrator would. */
    static final String RULES = shipped().replace("memberFees: []", """
            memberFees:
              - { from: 2025-01-01, groupKind: BOARD_MEMBER, amount: 400000, source: "Quyết định thử số 1" }
              - { from: 2026-01-01, groupKind: BOARD_MEMBER, amount: 500000, source: "Quyết định thử số 2" }
            """);

    static String shipped() {
        try (var in = new org.springframework.core.io.ClassPathResource("royalty/royalty-rules.yaml").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RoyaltyRules rules(String yaml) {
        return RoyaltyRules.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void theFeeInForceIsTheLatestRowOfItsGroupKind() {
        RoyaltyRules rules = rules(RULES);
        assertThat(rules.memberFeesOn(LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(rules.memberFeesOn(LocalDate.of(2025, 6, 30))).extracting(RoyaltyRules.MemberFee::amount)
                .containsExactly(400_000L);
        assertThat(rules.memberFeesOn(LocalDate.of(2026, 11, 30))).extracting(RoyaltyRules.MemberFee::source)
                .containsExactly("Quyết định thử số 2");
        assertThatThrownBy(() -> rules(RULES.replace("groupKind: BOARD_MEMBER, amount: 400000", "groupKind: BAN, amount: 400000")))
                .hasMessageContaining("memberFees");
        assertThatThrownBy(() -> rules(RULES.replace("amount: 400000", "amount: -1"))).hasMessageContaining("memberFees");
    }

    @Test
    void aRegularStatementGetsOneFeeLinePerMemberAndItsTotalCountsThem() {
        RoyaltyRepository repository = mock(RoyaltyRepository.class);
        OrgDirectory chart = mock(OrgDirectory.class);
        BoardMembers members = group -> group.equals("member-economy")
                ? List.of(new BoardMembers.Member("tv.kinhte", "Lê Văn Kinh"), new BoardMembers.Member("tv.x", ""))
                : List.of(new BoardMembers.Member("tv.chinhtri", "Phạm Chính"));
        when(chart.groupsOfKind(GroupKind.BOARD_MEMBER)).thenReturn(List.of(
                new OrgChart.Group("member-economy", GroupKind.BOARD_MEMBER, "Kinh tế", "economy"),
                new OrgChart.Group("member-politics", GroupKind.BOARD_MEMBER, "Chính trị", "politics")));
        when(repository.insertStatement(any(), any(), any(), any(), any())).thenReturn(7L);
        YearMonth month = YearMonth.of(2026, 11);
        List<FeeLine> fees = List.of(new FeeLine(1, "tv.kinhte", "Lê Văn Kinh", "member-economy", 500_000, "QĐ"),
                new FeeLine(2, "tv.x", "tv.x", "member-economy", 500_000, "QĐ"),
                new FeeLine(3, "tv.chinhtri", "Phạm Chính", "member-politics", 500_000, "QĐ"));
        RoyaltyStatement drafted = new RoyaltyStatement(7, month, StatementKind.REGULAR, StatementStatus.DRAFTED, null, 0,
                null, null, null, null, null, null, null, null, null, List.of(), fees);
        when(repository.find(7L)).thenReturn(Optional.of(drafted));
        RoyaltyService service = new RoyaltyService(rules(RULES), repository, mock(RoyaltyPaymentRepository.class),
                mock(PublishedWorks.class), members, chart, mock(AuditTrail.class),
                Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

        service.draft(month, null, Actor.system());

        ArgumentCaptor<FeeLine> lines = ArgumentCaptor.forClass(FeeLine.class);
        verify(repository, times(3)).insertFee(eq(7L), lines.capture());
        assertThat(lines.getAllValues()).extracting(FeeLine::name, FeeLine::amount, FeeLine::source).containsExactly(
                tuple("Lê Văn Kinh", 500_000L, "Quyết định thử số 2"),
                tuple("tv.x", 500_000L, "Quyết định thử số 2"),
                tuple("Phạm Chính", 500_000L, "Quyết định thử số 2"));

        // scored with no work: the total is the fees
        service.score(7, List.of(), Actor.system());
        verify(repository).markStatementScored(eq(7L), eq(1_500_000L), any(), any());
    }

    /** Property: with fees, the payees' gross still adds up to the total and net = gross − tax for each. */
    @Test
    void feesArePaidWithTheMembersRoyaltiesAndAddUpToTheTotal() {
        RoyaltyRules.IncomeTax rule = rules(RULES).incomeTaxOn(LocalDate.of(2026, 11, 30));
        Random random = new Random(17L);
        String[] names = {"Lê Văn Kinh", "Phạm Chính", "Hồ Ngọc Lan"};
        for (int round = 0; round < 300; round++) {
            List<RoyaltyWork> works = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                works.add(RoyaltyTaxTest.work(i, RoyaltyTaxTest.share(names[random.nextInt(3)], random.nextInt(2_000_000))));
            }
            List<FeeLine> fees = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                fees.add(new FeeLine(i, "u" + i, names[random.nextInt(2)], "member-economy", random.nextInt(1_000_000), "QĐ"));
            }
            long total = works.stream().mapToLong(RoyaltyWork::paid).sum() + fees.stream().mapToLong(FeeLine::amount).sum();
            RoyaltyStatement s = new RoyaltyStatement(1, YearMonth.of(2026, 11), StatementKind.REGULAR,
                    StatementStatus.APPROVED, null, total, null, null, null, null, null, null, null, null, null, works, fees);
            List<PayeeTotals> payees = PayeeTotals.of(s, rule, Set.of());
            assertThat(payees.stream().mapToLong(PayeeTotals::gross).sum()).isEqualTo(s.total());
            payees.forEach(p -> assertThat(p.net()).isEqualTo(p.gross() - p.tax()));
        }
    }
}
