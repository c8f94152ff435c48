package vn.angiang.editorial.royalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Personal income tax withheld on a month's payment to each payee (Thông tư 111/2013/TT-BTC, Đ25.1.i): 10 % of a
 * payment of 2,000,000 VND or more, unless the payee filed a commitment 08/CK-TNCN for the year.
 */
class RoyaltyTaxTest {

    private final RoyaltyRules rules = RoyaltyRules.read(new ClassPathResource("royalty/royalty-rules.yaml"));
    private final RoyaltyRules.IncomeTax rule = rules.incomeTaxOn(LocalDate.of(2026, 11, 30));

    static RoyaltyShare share(String name, long amount) {
        return new RoyaltyShare(1, name, "author", PayeeKind.COLLABORATOR, false, 100, amount, null);
    }

    static RoyaltyWork work(int position, RoyaltyShare... shares) {
        return new RoyaltyWork(position, position, position, position, "content-" + position, "Tác phẩm " + position,
                "economy", "member-economy", "article", LocalDate.of(2026, 11, 3), 253_000, 2_530_000, "NĐ", null, null,
                null, 0, List.of(shares));
    }

    static RoyaltyStatement statement(RoyaltyWork... works) {
        long total = List.of(works).stream().mapToLong(RoyaltyWork::paid).sum();
        return new RoyaltyStatement(1, YearMonth.of(2026, 11), StatementKind.REGULAR, StatementStatus.APPROVED, null,
                total, null, null, null, null, null, null, null, null, null, List.of(works));
    }

    @Test
    void tenPerCentIsWithheldFromAPaymentOfTwoMillionOrMoreUnlessThePayeeCommitted() {
        assertThat(rule.rate()).isEqualTo(10);
        assertThat(rule.threshold()).isEqualTo(2_000_000L);
        RoyaltyStatement s = statement(
                work(1, share("An", 2_000_000)),
                work(2, share("Bình", 1_999_999)),
                work(3, share("Chi", 3_000_000)),
                work(4, share("Dũng", 1_500_000)), work(5, share("Dũng", 600_000)),
                work(6, new RoyaltyShare(1, "Em", "author", PayeeKind.BOARD_MEMBER, false, 100, 0, "Đ17.2")));

        List<PayeeTotals> payees = PayeeTotals.of(s, rule, Set.of("Chi"));

        assertThat(payees).extracting(PayeeTotals::name).containsExactly("An", "Bình", "Chi", "Dũng");
        assertThat(payees.get(0)).extracting(PayeeTotals::gross, PayeeTotals::tax, PayeeTotals::net)
                .containsExactly(2_000_000L, 200_000L, 1_800_000L);
        assertThat(payees.get(1).tax()).isZero();
        assertThat(payees.get(2).tax()).isZero();
        assertThat(payees.get(2).note()).contains("08/CK-TNCN");
        assertThat(payees.get(3)).extracting(PayeeTotals::gross, PayeeTotals::tax).containsExactly(2_100_000L, 210_000L);
    }

    @Test
    void twoPeopleOfTheSameNameAreTwoPayeesWhenTheRegisterTellsThemApart() {
        RoyaltyStatement s = statement(
                work(1, new RoyaltyShare(1, "Nguyễn Văn An", "author", PayeeKind.COLLABORATOR, false, 100, 1_500_000, null, 1L)),
                work(2, new RoyaltyShare(1, "Nguyễn Văn An", "author", PayeeKind.COLLABORATOR, false, 100, 1_500_000, null, 2L)),
                work(3, new RoyaltyShare(1, "Nguyễn Văn An", "author", PayeeKind.COLLABORATOR, false, 100, 2_500_000, null, 2L)));

        // payee 2 committed for the year (by id): the same name without that id is not exempt
        List<PayeeTotals> payees = PayeeTotals.of(s, rule, Set.of(), Set.of(2L));

        assertThat(payees).extracting(PayeeTotals::payeeId, PayeeTotals::gross, PayeeTotals::tax).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 1_500_000L, 0L),
                org.assertj.core.groups.Tuple.tuple(2L, 4_000_000L, 0L));
        assertThat(PayeeTotals.of(s, rule, Set.of("Nguyễn Văn An"), Set.of())).extracting(PayeeTotals::tax)
                .containsExactly(0L, 400_000L);
    }

    /** Property: for any statement, the payees' gross adds up to its total and net = gross − tax for each. */
    @Test
    void netIsGrossLessTaxAndThePayeesAddUpToTheTotal() {
        Random random = new Random(2026L);
        String[] names = {"An", "Bình", "Chi", "Dũng", "Em", "Giang"};
        for (int round = 0; round < 500; round++) {
            List<RoyaltyWork> works = new ArrayList<>();
            int n = random.nextInt(20);
            for (int i = 0; i < n; i++) {
                works.add(work(i + 1, share(names[random.nextInt(names.length)], random.nextInt(2_500_000))));
            }
            RoyaltyStatement s = statement(works.toArray(RoyaltyWork[]::new));
            List<PayeeTotals> payees = PayeeTotals.of(s, rule, Set.of(names[random.nextInt(names.length)]));
            assertThat(payees.stream().mapToLong(PayeeTotals::gross).sum()).isEqualTo(s.total());
            payees.forEach(p -> {
                assertThat(p.net()).isEqualTo(p.gross() - p.tax());
                assertThat(p.tax()).isBetween(0L, p.gross());
            });
        }
    }

    /**
     * Property: a supplementary statement with signed differences (corrections) pays per payee the difference of the
     * month's totals: with the regular statement it adds up to the month's gross and the tax on it, net = gross − tax.
     */
    @Test
    void aSupplementaryStatementIsTaxedOnTheMonthsTotalPerPayee() {
        Random random = new Random(2027L);
        String[] names = {"An", "Bình", "Chi", "Dũng"};
        for (int round = 0; round < 300; round++) {
            List<RoyaltyWork> before = new ArrayList<>();
            List<RoyaltyWork> after = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = names[random.nextInt(names.length)];
                long paid = random.nextInt(1_500_000);
                before.add(work(i + 1, share(name, paid)));
                // a correction gives back at most what was paid for the work
                after.add(work(i + 1, share(name, random.nextInt(1_500_000) - paid)));
            }
            RoyaltyStatement regular = statement(before.toArray(RoyaltyWork[]::new));
            RoyaltyStatement supplementary = statement(after.toArray(RoyaltyWork[]::new));
            List<RoyaltyWork> all = new ArrayList<>(before);
            all.addAll(after);
            Set<String> committed = Set.of(names[random.nextInt(names.length)]);
            List<PayeeTotals> month = PayeeTotals.of(statement(all.toArray(RoyaltyWork[]::new)), rule, committed);
            List<PayeeTotals> first = PayeeTotals.of(regular, rule, committed);
            List<PayeeTotals> second = PayeeTotals.of(List.of(regular), supplementary, rule, committed, Set.of());
            assertThat(second.stream().mapToLong(PayeeTotals::gross).sum()).isEqualTo(supplementary.total());
            for (PayeeTotals m : month) {
                long gross = sum(first, m.name(), PayeeTotals::gross) + sum(second, m.name(), PayeeTotals::gross);
                long tax = sum(first, m.name(), PayeeTotals::tax) + sum(second, m.name(), PayeeTotals::tax);
                assertThat(gross).isEqualTo(m.gross());
                assertThat(tax).isEqualTo(m.tax());
            }
            second.forEach(p -> assertThat(p.net()).isEqualTo(p.gross() - p.tax()));
        }
    }

    private static long sum(List<PayeeTotals> payees, String name, java.util.function.ToLongFunction<PayeeTotals> f) {
        return payees.stream().filter(p -> p.name().equals(name)).mapToLong(f).sum();
    }
}
