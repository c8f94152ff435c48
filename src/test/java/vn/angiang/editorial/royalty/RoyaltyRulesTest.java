package vn.angiang.editorial.royalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.angiang.editorial.platform.validation.InputRefused;

/** The rules as data: base salary by date, the unit value of NĐ 18/2014/NĐ-CP, frames guarded by the decree's maxima. */
class RoyaltyRulesTest {

    private final RoyaltyRules rules = RoyaltyRules.read(new ClassPathResource("royalty/royalty-rules.yaml"));

    @Test
    void theUnitValueIsTenPerCentOfTheBaseSalaryInForceOnThePublicationDate() {
        assertThat(rules.unitValueOn(LocalDate.of(2024, 6, 30)).amount()).isEqualTo(180_000);   // NĐ 24/2023
        assertThat(rules.unitValueOn(LocalDate.of(2024, 7, 1)).amount()).isEqualTo(234_000);    // NĐ 73/2024
        assertThat(rules.unitValueOn(LocalDate.of(2026, 6, 30)).amount()).isEqualTo(234_000);
        RoyaltyRules.UnitValue july = rules.unitValueOn(LocalDate.of(2026, 7, 1));
        assertThat(july.amount()).isEqualTo(253_000);
        assertThat(july.baseSalary().confirmed()).as("NĐ 161/2026: to be confirmed by the administrator").isFalse();
        assertThat(july.baseSalary().source()).contains("161/2026");
    }

    @Test
    void noBaseSalaryBeforeTheTableIsRefusedInVietnamese() {
        assertThatThrownBy(() -> rules.unitValueOn(LocalDate.of(2023, 6, 30))).isInstanceOf(InputRefused.class)
                .hasMessageContaining("Chưa có mức lương cơ sở áp dụng cho ngày 30/06/2023");
    }

    @Test
    void aCoefficientOutsideTheFrameIsRefusedWithTheFrame() {
        LocalDate day = LocalDate.of(2026, 11, 3);
        assertThat(rules.refuseOutsideFrame("f", "Tin A", "news", day, new BigDecimal("1.5")).range()).isEqualTo("0,5 – 2");
        assertThatThrownBy(() -> rules.refuseOutsideFrame("f", "Tin A", "news", day, new BigDecimal("2.5")))
                .isInstanceOf(InputRefused.class)
                .hasMessageContaining("Hệ số 2,5 của «Tin A» nằm ngoài khung 0,5 – 2 cho loại «Tin»");
        assertThatThrownBy(() -> rules.refuseOutsideFrame("f", "Tin A", "news", day, new BigDecimal("0.4")))
                .hasMessageContaining("0,5 – 2");
        assertThatThrownBy(() -> rules.refuseOutsideFrame("f", "Tin A", "news", day, null))
                .hasMessageContaining("(trống)");
        assertThatThrownBy(() -> rules.refuseOutsideFrame("f", "Tin A", "news", day, new BigDecimal("1.555")))
                .hasMessageContaining("hai chữ số thập phân");
        assertThatThrownBy(() -> rules.refuseOutsideFrame("f", "Tin A", "poem", day, BigDecimal.ONE))
                .hasMessageContaining("không có trong quy định");
    }

    @Test
    void aFrameAboveTheDecreesMaximumStopsTheRulesFromLoading() {
        String yaml = """
                baseSalary: [{ from: 2024-07-01, amount: 2340000, source: "NĐ 73/2024", confirmed: true }]
                unitValuePercent: 10
                absoluteMaximum: 50
                kinds:
                  news: { label: "Tin", decreeMaximum: 10, source: "NĐ 18/2014" }
                frames:
                  - { kind: news, from: 2024-07-01, min: 1, max: 12, source: "x", confirmed: true }
                draftKindByContentType: { news: news }
                workingDays: { propose: 3, score: 5, approve: 2, paymentDueDays: 60, warnBeforeDue: 10 }
                incomeTax: [{ from: 2015-01-01, rate: 10, threshold: 2000000, source: "TT 111/2013", confirmed: true }]
                """;
        assertThatThrownBy(() -> RoyaltyRules.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test"))
                .hasMessageContaining("vượt hệ số tối đa 10");
        String over50 = yaml.replace("decreeMaximum: 10", "decreeMaximum: 60").replace("max: 12", "max: 2");
        assertThatThrownBy(() -> RoyaltyRules.read(new ByteArrayInputStream(over50.getBytes(StandardCharsets.UTF_8)), "test"))
                .hasMessageContaining("vượt mức cao nhất 50");
    }

    @Test
    void framesFollowTheirEffectiveDates() {
        String yaml = """
                baseSalary: [{ from: 2024-07-01, amount: 2340000, source: "NĐ 73/2024", confirmed: true }]
                unitValuePercent: 10
                absoluteMaximum: 50
                kinds:
                  news: { label: "Tin", decreeMaximum: 10, source: "NĐ 18/2014" }
                frames:
                  - { kind: news, from: 2024-07-01, min: 0.5, max: 2, source: "cũ", confirmed: true }
                  - { kind: news, from: 2026-01-01, min: 1, max: 3, source: "mới", confirmed: true }
                draftKindByContentType: { news: news }
                workingDays: { propose: 3, score: 5, approve: 2, paymentDueDays: 60, warnBeforeDue: 10 }
                incomeTax: [{ from: 2015-01-01, rate: 10, threshold: 2000000, source: "TT 111/2013", confirmed: true }]
                """;
        RoyaltyRules dated = RoyaltyRules.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
        assertThat(dated.frameOn("news", LocalDate.of(2025, 12, 31)).orElseThrow().source()).isEqualTo("cũ");
        assertThat(dated.frameOn("news", LocalDate.of(2026, 1, 1)).orElseThrow().range()).isEqualTo("1 – 3");
    }

    @Test
    void moneyIsWholeDongAndSharesAddUpExactly() {
        assertThat(Money.amount(new BigDecimal("1.5"), 234_000)).isEqualTo(351_000);
        assertThat(Money.amount(new BigDecimal("0.33"), 253_000)).isEqualTo(83_490);
        assertThat(Money.split(100_001, java.util.List.of(34, 33, 33))).containsExactly(34_001L, 33_000L, 33_000L);
        for (long amount = 0; amount < 2_000; amount += 7) {
            assertThat(Money.split(amount, java.util.List.of(34, 33, 33)).stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(amount);
            assertThat(Money.split(amount, java.util.List.of(50, 50)).stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(amount);
        }
        assertThat(Money.vnd(1_234_000)).isEqualTo("1.234.000");
        assertThat(Money.inWords(1_234_000)).isEqualTo("Một triệu hai trăm ba mươi tư nghìn đồng");
        assertThat(Money.inWords(351_000)).isEqualTo("Ba trăm năm mươi mốt nghìn đồng");
        assertThat(Money.inWords(2_005_015)).isEqualTo("Hai triệu không trăm lẻ năm nghìn không trăm mười lăm đồng");
        assertThat(RoyaltyService.equalPercents(3)).containsExactly(34, 33, 33);
    }

    @Test
    void boardMembersAndTheSecretariatArePaidOnlyForWorkOutsideTheirDuties() {
        assertThat(PayeeKind.COLLABORATOR.paid(false)).isTrue();
        assertThat(PayeeKind.AGENCY_AUTHOR.paid(false)).isTrue();
        assertThat(PayeeKind.BOARD_MEMBER.paid(false)).isFalse();
        assertThat(PayeeKind.SECRETARIAT.paid(false)).isFalse();
        assertThat(PayeeKind.BOARD_MEMBER.paid(true)).isTrue();
    }

    /** Property: for any coefficient in a frame and any split of 100 %, the shares add up to the work's amount. */
    @Test
    void anyScoringAddsUpToTheDong() {
        java.util.Random random = new java.util.Random(20261201L);
        long[] units = {180_000, 234_000, 253_000};
        for (int round = 0; round < 5_000; round++) {
            BigDecimal coefficient = BigDecimal.valueOf(50 + random.nextInt(4_951), 2);   // 0,50 … 50,00
            long unit = units[random.nextInt(units.length)];
            long amount = Money.amount(coefficient, unit);
            assertThat(amount).isEqualTo(coefficient.multiply(BigDecimal.valueOf(unit))
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
            int payees = 1 + random.nextInt(5);
            java.util.List<Integer> percents = new java.util.ArrayList<>();
            int left = 100;
            for (int i = 0; i < payees - 1 && left > 1; i++) {
                int p = 1 + random.nextInt(left - 1);
                percents.add(p);
                left -= p;
            }
            percents.add(left);
            java.util.List<Long> parts = Money.split(amount, percents);
            assertThat(parts.stream().mapToLong(Long::longValue).sum()).isEqualTo(amount);
            for (int i = 0; i < parts.size(); i++) {
                long exact = amount * percents.get(i) / 100;
                assertThat(parts.get(i)).isBetween(exact, exact + 1).isNotNegative();
            }
        }
    }
}
