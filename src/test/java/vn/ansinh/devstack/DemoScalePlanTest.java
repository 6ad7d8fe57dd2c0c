package vn.ansinh.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.devstack.DemoScalePlan.Beneficiary;
import vn.ansinh.devstack.DemoScalePlan.Candidate;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.registry.domain.PovertyStandard;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

class DemoScalePlanTest {

    /** A commune of people born 1925–2025, a quarter of households reviewed poor or near-poor. */
    private static List<Candidate> people(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            String poverty = u < 0.15 ? "POOR" : u < 0.25 ? "NEAR_POOR" : u < 0.45 ? "AVERAGE" : null;
            int year = random.nextDouble() < 0.2 ? 1925 + random.nextInt(30) : 1955 + random.nextInt(71);
            people.add(new Candidate(1_000 + i, year, random.nextBoolean(), poverty, 1 + random.nextInt(6)));
        }
        return people;
    }

    @Test
    void theCountsOfAGroupAddUpToTheSeedsFigureInTheMixsProportions() {
        Map<Category, Integer> counts = DemoScalePlan.counts(DemoScalePlan.ASSISTANCE_MIX, 3_088);

        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3_088);
        assertThat(counts.get(Category.SOCIAL_PENSION_75_NO_PENSION)).isBetween(1_420, 1_421);
        assertThat(counts.get(Category.DISABLED)).isBetween(1_204, 1_205);
        assertThat(DemoScalePlan.counts(DemoScalePlan.MERITORIOUS_MIX, 1_677).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(1_677);
    }

    @Test
    void everyoneDrawnFitsTheirCategoryAndNobodyIsDrawnTwice() {
        List<Candidate> people = people(40_000, 1);
        Set<Long> taken = new HashSet<>();
        List<Beneficiary> drawn = new ArrayList<>(DemoScalePlan.draw(
                people, DemoScalePlan.MERITORIOUS_MIX, DemoScalePlan.MERITORIOUS_FALLBACK, 1_677, taken, 7));
        drawn.addAll(DemoScalePlan.draw(
                people, DemoScalePlan.ASSISTANCE_MIX, DemoScalePlan.ASSISTANCE_FALLBACK, 8_616, taken, 8));

        assertThat(drawn).hasSize(1_677 + 8_616);
        assertThat(drawn)
                .allSatisfy(b -> assertThat(DemoScalePlan.fits(b.category(), b.person()))
                        .as("%s born %d", b.category(), b.person().birthYear())
                        .isTrue());
        assertThat(DemoScalePlan.personIds(drawn)).hasSize(drawn.size());
        assertThat(drawn.stream()
                        .filter(b -> b.category().programme() == Programme.MERITORIOUS_PERSON
                                || b.category().programme() == Programme.MERITORIOUS_RELATIVE)
                        .count())
                .isEqualTo(1_677);
    }

    @Test
    void theSocialPensionGoesOnlyToPeopleOf75AndOverAndThe70To75OnlyToThePoorOrNearPoor() {
        Candidate young = new Candidate(1, 1950, false, null, 2);
        Candidate old = new Candidate(2, 1949, false, null, 2);
        Candidate poor72 = new Candidate(3, 1953, true, "NEAR_POOR", 3);
        Candidate rich72 = new Candidate(4, 1953, true, "AVERAGE", 3);

        assertThat(DemoScalePlan.fits(Category.SOCIAL_PENSION_75_NO_PENSION, young))
                .isFalse();
        assertThat(DemoScalePlan.fits(Category.SOCIAL_PENSION_75_NO_PENSION, old))
                .isTrue();
        assertThat(DemoScalePlan.fits(Category.SOCIAL_PENSION_70_POOR, poor72)).isTrue();
        assertThat(DemoScalePlan.fits(Category.SOCIAL_PENSION_70_POOR, rich72)).isFalse();
        assertThat(DemoScalePlan.fits(Category.WAR_INVALID, new Candidate(5, 1950, true, null, 1)))
                .isFalse();
    }

    @Test
    void whatACategoryCannotFillGoesToTheFallbackAndTheTotalStaysTheSeeds() {
        List<Candidate> noElderly =
                people(20_000, 2).stream().filter(p -> p.birthYear() >= 1960).toList();

        List<Beneficiary> drawn = DemoScalePlan.draw(
                noElderly, DemoScalePlan.ASSISTANCE_MIX, DemoScalePlan.ASSISTANCE_FALLBACK, 3_088, new HashSet<>(), 3);

        Map<Category, Long> byCategory =
                drawn.stream().collect(Collectors.groupingBy(Beneficiary::category, Collectors.counting()));
        assertThat(drawn).hasSize(3_088);
        assertThat(byCategory).doesNotContainKey(Category.SOCIAL_PENSION_75_NO_PENSION);
        assertThat(byCategory.get(Category.DISABLED)).isGreaterThan(2_500);
    }

    @Test
    void theSameSeedDrawsTheSamePeopleAndAnotherSeedOthers() {
        List<Candidate> people = people(10_000, 4);
        List<Beneficiary> once = DemoScalePlan.draw(
                people, DemoScalePlan.ASSISTANCE_MIX, DemoScalePlan.ASSISTANCE_FALLBACK, 1_000, new HashSet<>(), 5);
        List<Beneficiary> again = DemoScalePlan.draw(
                people, DemoScalePlan.ASSISTANCE_MIX, DemoScalePlan.ASSISTANCE_FALLBACK, 1_000, new HashSet<>(), 5);
        List<Beneficiary> other = DemoScalePlan.draw(
                people, DemoScalePlan.ASSISTANCE_MIX, DemoScalePlan.ASSISTANCE_FALLBACK, 1_000, new HashSet<>(), 6);

        assertThat(again).isEqualTo(once);
        assertThat(DemoScalePlan.personIds(other)).isNotEqualTo(DemoScalePlan.personIds(once));
    }

    @Test
    void decisionsAreSignedOnWorkingDaysBetweenTheCategorysStartAndNovember2025() {
        List<Beneficiary> drawn = DemoScalePlan.draw(
                people(20_000, 9),
                DemoScalePlan.ASSISTANCE_MIX,
                DemoScalePlan.ASSISTANCE_FALLBACK,
                5_000,
                new HashSet<>(),
                10);

        assertThat(drawn).allSatisfy(b -> {
            assertThat(b.decided()).isBetween(DemoScalePlan.FIRST_BULK_MONTH, DemoScalePlan.LAST_BULK_MONTH);
            assertThat(b.decided()).isAfterOrEqualTo(DemoScalePlan.earliestDecision(b.category(), b.person()));
            var day = DemoScalePlan.signingDay(b.decided(), b.person().personId());
            assertThat(YearMonth.from(day)).isEqualTo(b.decided());
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(drawn)
                .filteredOn(b -> b.category().programme() == Programme.SOCIAL_PENSION)
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.decided()).isAfterOrEqualTo(YearMonth.of(2025, 7)));
    }

    @Test
    void quyHopsAccountsGive88PercentWithAnAccountAndHalfPaidIntoOneInEveryState() {
        List<AccountStatus> states = DemoScalePlan.accountStates(DemoScalePlan.QUY_HOP, 10_293);

        double holding =
                states.stream().filter(s -> s != null && s.holdsAccount()).count() / 10_293.0;
        double transfers =
                states.stream().filter(s -> s != null && s.acceptsTransfers()).count() / 10_293.0;
        assertThat(states).hasSize(10_293);
        assertThat(holding).isBetween(0.875, 0.885);
        assertThat(transfers).isBetween(0.495, 0.505);
        assertThat(EnumSet.copyOf(states.stream().filter(s -> s != null).toList()))
                .containsExactlyInAnyOrder(AccountStatus.values());
    }

    @Test
    void everyAccountReachesItsStateByTheStepsTheStatusAllows() {
        for (AccountStatus status : AccountStatus.values()) {
            List<AccountStatus> path = DemoScale.path(status);
            assertThat(path.get(path.size() - 1)).isEqualTo(status);
            AccountStatus from = AccountStatus.NONE;
            for (AccountStatus to : path.subList(path.get(0) == AccountStatus.NONE ? 1 : 0, path.size())) {
                AccountStatus before = from;
                assertThat(EnumSet.allOf(AccountStep.class))
                        .as("a step from %s to %s", before, to)
                        .anySatisfy(step -> assertThat(before.allows(step) && step.target() == to)
                                .isTrue());
                from = to;
            }
        }
    }

    @Test
    void the2026ReviewLetsSomeHouseholdsEscapeSomeFallAndMostStay() {
        PovertyStandard line = new PovertyStandard(2022, 2026, Area.RURAL, 1_500_000, 2_250_000L, 3, "test");
        SplittableRandom random = new SplittableRandom(11);
        int escaped = 0;
        int fell = 0;
        int stayed = 0;
        for (long household = 1; household <= 5_000; household++) {
            long income = 600_000 + random.nextInt(2_400_000);
            int mask = random.nextInt(1 << 12) & random.nextInt(1 << 12) & random.nextInt(1 << 12);
            PovertyClassification before = line.classify(income, Deprivations.fromMask(mask), null);
            PovertyReview2026.Review after = PovertyReview2026.next(household, income, mask, before, line);
            assertThat(after).isEqualTo(PovertyReview2026.next(household, income, mask, before, line));
            boolean wasSupported = before.receivesSupport();
            boolean isSupported = after.classification().receivesSupport();
            if (wasSupported && after.classification() == PovertyClassification.NEWLY_ESCAPED) {
                escaped++;
            } else if (!wasSupported && isSupported) {
                fell++;
            } else if (after.classification() == before) {
                stayed++;
            }
        }
        assertThat(escaped).isBetween(100, 1_500);
        assertThat(fell).isBetween(20, 1_000);
        assertThat(stayed).isGreaterThan(2_500);
    }
}
