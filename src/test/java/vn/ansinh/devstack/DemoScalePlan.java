package vn.ansinh.devstack;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.shared.kernel.Category;

/**
 * What the demo communes hold, at the seeds' scale (issue 14 item 9): how many meritorious people and
 * social-assistance beneficiaries, in which categories, who among the generated people fits each category,
 * when each was decided, and in which state their social-security accounts are. Pure and deterministic for a
 * seed: no database ({@code DemoScale} writes what this plans).
 */
final class DemoScalePlan {

    /**
     * The first month a bulk decision is dated in: July 2021, when Decree 20/2021 (social assistance) and
     * Decree 131/2021's authorities took effect, the earliest rows of {@code approval_authority}.
     */
    static final YearMonth FIRST_BULK_MONTH = YearMonth.of(2021, 7);

    /** The last month a bulk decision is dated in: later ones are made through the commands, month by month. */
    static final YearMonth LAST_BULK_MONTH = YearMonth.of(2025, 11);

    /** The first month of the social pension (Law 41/2024, in force 1 Jul 2025). */
    static final YearMonth SOCIAL_PENSION_START = YearMonth.of(2025, 7);

    /**
     * A demo commune and the seed's counts it holds: meritorious people (with their relatives paid monthly) and
     * social-assistance beneficiaries (social pension included), the share of them with a social-security account
     * and the share paid into one.
     */
    record Target(
            String commune,
            String province,
            String seed,
            int meritorious,
            int socialAssistance,
            double withAccount,
            double paidViaAccount) {}

    /** Tuần Giáo district in 2020 (Seed 001): no account figures then; the demo assumes a slower commune. */
    static final Target TUAN_GIAO = new Target("03253", "11", "Tuần Giáo 2020", 104, 3_088, 0.60, 0.30);

    /** Quỳ Hợp in 2024 (Seed 001): 88 % with an account, 50 % paid via an account. */
    static final Target QUY_HOP = new Target("17035", "40", "Quỳ Hợp 2024", 1_677, 8_616, 0.88, 0.50);

    static final List<Target> TARGETS = List.of(TUAN_GIAO, QUY_HOP);

    /** A category's share of its programme group, and the rule of who fits it. */
    record Share(Category category, int weight) {}

    /**
     * Meritorious people of a mountain district: war invalids and sick soldiers of the wars, Agent Orange
     * victims, martyrs' relatives; a few of the oldest categories. The first that cannot be filled gives way
     * to {@link #MERITORIOUS_FALLBACK}.
     */
    static final List<Share> MERITORIOUS_MIX = List.of(
            new Share(Category.AUGUST_1945_REVOLUTIONARY, 1),
            new Share(Category.HEROIC_MOTHER, 1),
            new Share(Category.WAR_INVALID, 30),
            new Share(Category.WAR_INVALID_CLASS_B, 3),
            new Share(Category.SICK_SOLDIER, 9),
            new Share(Category.TOXIC_CHEMICAL_VICTIM, 16),
            new Share(Category.INVALID_RELATIVE, 7),
            new Share(Category.MARTYR_RELATIVE, 33));

    static final Category MERITORIOUS_FALLBACK = Category.MARTYR_RELATIVE;

    /**
     * Social assistance and social pension: about half are 75 and over on the social pension, four in ten
     * people with a severe disability, the rest children, single parents and the elderly poor.
     */
    static final List<Share> ASSISTANCE_MIX = List.of(
            new Share(Category.SOCIAL_PENSION_70_POOR, 3),
            new Share(Category.SINGLE_PARENT_POOR, 2),
            new Share(Category.ELDERLY_POOR_ALONE, 4),
            new Share(Category.YOUTH_IN_EDUCATION, 2),
            new Share(Category.CHILD_WITHOUT_SUPPORT, 4),
            new Share(Category.SOCIAL_PENSION_75_NO_PENSION, 46),
            new Share(Category.DISABLED, 39));

    static final Category ASSISTANCE_FALLBACK = Category.DISABLED;

    /** A generated person who may be drawn: year of birth, sex, the 2025 review of the household, its size. */
    record Candidate(long personId, int birthYear, boolean female, String poverty2025, int householdSize) {

        boolean poor() {
            return "POOR".equals(poverty2025);
        }

        boolean poorOrNearPoor() {
            return poor() || "NEAR_POOR".equals(poverty2025);
        }
    }

    /** One beneficiary drawn: the person, the category and the month its decision is signed in. */
    record Beneficiary(Candidate person, Category category, YearMonth decided) {}

    private DemoScalePlan() {}

    /**
     * Counts per category that add up exactly to {@code total}, in proportion to the weights (largest
     * remainders get the rounding), in the mix's order.
     */
    static Map<Category, Integer> counts(List<Share> mix, int total) {
        int weights = mix.stream().mapToInt(Share::weight).sum();
        Map<Category, Integer> counts = new LinkedHashMap<>();
        List<Share> byRemainder = new ArrayList<>(mix);
        int given = 0;
        for (Share share : mix) {
            int n = (int) ((long) total * share.weight() / weights);
            counts.put(share.category(), n);
            given += n;
        }
        byRemainder.sort(Comparator.comparingLong((Share s) -> -(((long) total * s.weight()) % weights)));
        for (int i = 0; given < total; i++, given++) {
            counts.merge(byRemainder.get(i % byRemainder.size()).category(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Whether the person may hold the category during the whole demo year (December 2025 to November 2026), by
     * the category's age band, sex and household: the payroll finds a rate for them every month.
     */
    static boolean fits(Category category, Candidate p) {
        int y = p.birthYear();
        return switch (category) {
            case SOCIAL_PENSION_75_NO_PENSION -> y <= 1949;
            case SOCIAL_PENSION_70_POOR -> y >= 1953 && y <= 1954 && p.poorOrNearPoor();
            case ELDERLY_POOR_ALONE -> y <= 1958 && p.poor() && p.householdSize() <= 2;
            case DISABLED -> y <= 2022;
            case CHILD_WITHOUT_SUPPORT -> y >= 2011 && y <= 2023;
            case YOUTH_IN_EDUCATION -> y >= 2005 && y <= 2008;
            case SINGLE_PARENT_POOR -> y >= 1976 && y <= 2000 && p.poor() && p.householdSize() >= 2;
            case WAR_INVALID, WAR_INVALID_CLASS_B, SICK_SOLDIER -> !p.female() && y >= 1940 && y <= 1960;
            case TOXIC_CHEMICAL_VICTIM -> y >= 1940 && y <= 1962;
            case MARTYR_RELATIVE -> y >= 1935 && y <= 1968;
            case INVALID_RELATIVE -> y >= 1938 && y <= 1965;
            case HEROIC_MOTHER -> p.female() && y <= 1932;
            case AUGUST_1945_REVOLUTIONARY -> y <= 1930;
            default -> false;
        };
    }

    /**
     * The first month a decision of the category may be signed for the person: the social pension from its start,
     * a child after birth, a youth at 17, the elderly poor at 61, the others from {@link #FIRST_BULK_MONTH}.
     */
    static YearMonth earliestDecision(Category category, Candidate p) {
        YearMonth from2020 = FIRST_BULK_MONTH;
        YearMonth earliest = switch (category) {
            case SOCIAL_PENSION_75_NO_PENSION, SOCIAL_PENSION_70_POOR -> SOCIAL_PENSION_START;
            case DISABLED, CHILD_WITHOUT_SUPPORT -> YearMonth.of(p.birthYear() + 1, 1);
            case YOUTH_IN_EDUCATION -> YearMonth.of(p.birthYear() + 17, 1);
            case ELDERLY_POOR_ALONE -> YearMonth.of(p.birthYear() + 61, 1);
            default -> from2020;
        };
        return earliest.isBefore(from2020) ? from2020 : earliest;
    }

    /**
     * Draws the beneficiaries of one programme group among the candidates: each category in the mix's order
     * (the scarcest first) takes people who fit it, in an order fixed by the seed; what a category cannot fill
     * goes to the fallback. Nobody is drawn twice ({@code taken} carries the people drawn by other groups).
     */
    static List<Beneficiary> draw(
            List<Candidate> candidates, List<Share> mix, Category fallback, int total, Set<Long> taken, long seed) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingLong(c -> mixed(c.personId(), seed)));
        Map<Category, Integer> wanted = new EnumMap<>(Category.class);
        wanted.putAll(counts(mix, total));
        List<Beneficiary> drawn = new ArrayList<>();
        SplittableRandom months = new SplittableRandom(seed);
        int missing = 0;
        for (Share share : mix) {
            int want = wanted.get(share.category()) + (share.category() == fallback ? missing : 0);
            int got = take(order, share.category(), want, taken, drawn, months);
            missing += want - got;
        }
        if (!mix.get(mix.size() - 1).category().equals(fallback)) {
            throw new IllegalArgumentException("the fallback must come last in the mix");
        }
        return drawn;
    }

    private static int take(
            List<Candidate> order,
            Category category,
            int want,
            Set<Long> taken,
            List<Beneficiary> drawn,
            SplittableRandom months) {
        int got = 0;
        for (Candidate c : order) {
            if (got == want) {
                break;
            }
            if (!taken.contains(c.personId()) && fits(category, c)) {
                taken.add(c.personId());
                drawn.add(new Beneficiary(c, category, decisionMonth(category, c, months)));
                got++;
            }
        }
        return got;
    }

    /** A month between the earliest possible and {@link #LAST_BULK_MONTH}. */
    static YearMonth decisionMonth(Category category, Candidate p, SplittableRandom random) {
        YearMonth first = earliestDecision(category, p);
        if (first.isAfter(LAST_BULK_MONTH)) {
            throw new IllegalStateException(category + " cannot be decided for someone born in " + p.birthYear());
        }
        int span = (int) first.until(LAST_BULK_MONTH, java.time.temporal.ChronoUnit.MONTHS) + 1;
        // the social pension's first decisions came in a wave: most in its first three months
        if (first.equals(SOCIAL_PENSION_START) && random.nextDouble() < 0.7) {
            span = Math.min(span, 3);
        }
        return first.plusMonths(random.nextInt(span));
    }

    /** A working day (Monday to Friday) of the month, between the 3rd and the 26th, drawn from the person's id. */
    static LocalDate signingDay(YearMonth month, long personId) {
        LocalDate day = month.atDay(3 + (int) Math.floorMod(mixed(personId, 7L), 24L));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * The states of the accounts of a commune's beneficiaries, in shares that give the target: those holding an
     * account ({@link AccountStatus#holdsAccount}) make {@code withAccount}, those a payroll pays into
     * ({@link AccountStatus#acceptsTransfers}) make {@code paidViaAccount}; every state appears. {@code null}:
     * no account row at all.
     */
    static Map<AccountStatus, Double> accountShares(Target target) {
        double via = target.paidViaAccount();
        double holding = target.withAccount();
        double without = 1 - holding;
        Map<AccountStatus, Double> shares = new LinkedHashMap<>();
        shares.put(AccountStatus.PAID_VIA_ACCOUNT, via * 0.92);
        shares.put(AccountStatus.VERIFIED, via * 0.08);
        shares.put(AccountStatus.REGISTERED, (holding - via) * 0.45);
        shares.put(AccountStatus.HAS_ACCOUNT, (holding - via) * 0.55);
        shares.put(AccountStatus.FAILED, without * 0.10);
        shares.put(AccountStatus.CLOSED, without * 0.10);
        shares.put(AccountStatus.CASH_FALLBACK, without * 0.10);
        shares.put(AccountStatus.NONE, without * 0.35);
        return shares;
    }

    /**
     * The account state of each of {@code people} beneficiaries, by {@link #accountShares}, in counts
     * (largest remainders); those left over have no account row (null).
     */
    static List<AccountStatus> accountStates(Target target, int people) {
        Map<AccountStatus, Double> shares = accountShares(target);
        Map<AccountStatus, Integer> counts = new EnumMap<>(AccountStatus.class);
        int given = 0;
        for (Map.Entry<AccountStatus, Double> e : shares.entrySet()) {
            int n = (int) Math.round(e.getValue() * people);
            counts.put(e.getKey(), n);
            given += n;
        }
        if (given > people) {
            throw new IllegalStateException("account shares above 100 %");
        }
        List<AccountStatus> states = new ArrayList<>(people);
        counts.forEach((status, n) -> {
            for (int i = 0; i < n; i++) {
                states.add(status);
            }
        });
        while (states.size() < people) {
            states.add(null);
        }
        return states;
    }

    /** The people of a list, each once. */
    static Set<Long> personIds(List<Beneficiary> beneficiaries) {
        Set<Long> ids = new HashSet<>();
        beneficiaries.forEach(b -> ids.add(b.person().personId()));
        return ids;
    }

    /** A fixed pseudo-random order of ids for a seed (SplitMix64's finaliser). */
    static long mixed(long id, long seed) {
        long z = id * 0x9E3779B97F4A7C15L + seed;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
