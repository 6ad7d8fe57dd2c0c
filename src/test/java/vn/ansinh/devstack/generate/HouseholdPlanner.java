package vn.ansinh.devstack.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.Sex;

/**
 * Who lives in a household of 1 to 7 people: a head, usually a spouse, children born to the mother
 * between 19 and 40, sometimes the head's parents, in older households grandchildren. Children take
 * their father's family name; a wife keeps her own. Nobody is born before 1925 or after 2025.
 */
final class HouseholdPlanner {

    static final int FIRST_BIRTH_YEAR = 1925;
    static final int REFERENCE_YEAR = 2025;

    /** One member to be: relationship to the head, sex, year of birth and family name. */
    record MemberPlan(Relationship relationship, Sex sex, int birthYear, String familyName) {}

    private static final Weighted<Integer> SIZES = Weighted.ofPairs(1, 10, 2, 19, 3, 22, 4, 25, 5, 13, 6, 7, 7, 4);

    private final NameGenerator names;

    HouseholdPlanner(NameGenerator names) {
        this.names = names;
    }

    List<MemberPlan> plan(Ethnicity ethnicity, int maxSize, RandomGenerator random) {
        int size = Math.min(maxSize, SIZES.pick(random));
        List<MemberPlan> members = new ArrayList<>();
        if (size == 1) {
            boolean elderly = random.nextDouble() < 0.6;
            int age =
                    elderly ? Math.min(100, 60 + (int) Math.abs(random.nextGaussian() * 13)) : 22 + random.nextInt(38);
            Sex sex = random.nextDouble() < (elderly ? 0.65 : 0.45) ? Sex.FEMALE : Sex.MALE;
            members.add(new MemberPlan(Relationship.HEAD, sex, birthYearAt(age), names.familyName(ethnicity, random)));
            return members;
        }
        int headAge = random.nextDouble() < 0.7 ? 24 + random.nextInt(27) : 51 + random.nextInt(35);
        Sex headSex = random.nextDouble() < 0.78 ? Sex.MALE : Sex.FEMALE;
        MemberPlan head =
                new MemberPlan(Relationship.HEAD, headSex, birthYearAt(headAge), names.familyName(ethnicity, random));
        members.add(head);
        MemberPlan spouse = null;
        if (random.nextDouble() < 0.85) {
            int gap = random.nextInt(7);
            int spouseAge = Math.max(18, headSex == Sex.MALE ? headAge - gap : headAge + gap);
            spouse = new MemberPlan(
                    Relationship.SPOUSE,
                    opposite(headSex),
                    birthYearAt(spouseAge),
                    names.familyName(ethnicity, random));
            members.add(spouse);
        }
        addParents(members, head, ethnicity, size, random);
        addChildren(members, head, spouse, size, random);
        return members;
    }

    /**
     * An elderly household: one person aged 70 to 98 living alone, or (four times in ten) with a spouse
     * of about the same age, as many of the oldest live once their children have households of their own.
     */
    List<MemberPlan> elderly(Ethnicity ethnicity, RandomGenerator random) {
        int headAge = 70 + Math.min(28, (int) Math.abs(random.nextGaussian() * 9));
        Sex headSex = random.nextDouble() < 0.55 ? Sex.FEMALE : Sex.MALE;
        List<MemberPlan> members = new ArrayList<>();
        members.add(
                new MemberPlan(Relationship.HEAD, headSex, birthYearAt(headAge), names.familyName(ethnicity, random)));
        if (random.nextDouble() < 0.4) {
            int spouseAge = Math.max(65, headAge + (headSex == Sex.MALE ? -random.nextInt(6) : random.nextInt(6)));
            members.add(new MemberPlan(
                    Relationship.SPOUSE,
                    opposite(headSex),
                    birthYearAt(spouseAge),
                    names.familyName(ethnicity, random)));
        }
        return members;
    }

    private void addParents(
            List<MemberPlan> members, MemberPlan head, Ethnicity ethnicity, int size, RandomGenerator random) {
        int headAge = REFERENCE_YEAR - head.birthYear();
        if (size - members.size() < 1 || headAge > 55 || random.nextDouble() >= 0.3) {
            return;
        }
        int fatherYear = head.birthYear() - 22 - random.nextInt(14);
        int motherYear = fatherYear + random.nextInt(7);
        boolean both = size - members.size() >= 2 && random.nextDouble() < 0.45;
        if (both && fatherYear >= FIRST_BIRTH_YEAR) {
            members.add(new MemberPlan(Relationship.PARENT, Sex.MALE, fatherYear, head.familyName()));
        }
        if (motherYear >= FIRST_BIRTH_YEAR) {
            members.add(
                    new MemberPlan(Relationship.PARENT, Sex.FEMALE, motherYear, names.familyName(ethnicity, random)));
        }
    }

    private static void addChildren(
            List<MemberPlan> members, MemberPlan head, MemberPlan spouse, int size, RandomGenerator random) {
        MemberPlan mother = head.sex() == Sex.FEMALE ? head : spouse != null ? spouse : head;
        String childFamily =
                head.sex() == Sex.MALE ? head.familyName() : spouse != null ? spouse.familyName() : head.familyName();
        int children = 0;
        int youngestAdultChild = 0;
        while (members.size() < size) {
            int year = mother.birthYear() + 19 + random.nextInt(22);
            if (year <= REFERENCE_YEAR && children < 5) {
                members.add(new MemberPlan(Relationship.CHILD, randomSex(random), year, childFamily));
                children++;
                youngestAdultChild = REFERENCE_YEAR - year >= 20 ? year : youngestAdultChild;
            } else if (youngestAdultChild > 0) {
                int grandchildYear = Math.min(REFERENCE_YEAR, youngestAdultChild + 20 + random.nextInt(16));
                members.add(new MemberPlan(Relationship.GRANDCHILD, randomSex(random), grandchildYear, childFamily));
            } else {
                return; // too young for more children: the household stays smaller
            }
        }
    }

    private static int birthYearAt(int age) {
        return Math.max(FIRST_BIRTH_YEAR, REFERENCE_YEAR - age);
    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    private static Sex randomSex(RandomGenerator random) {
        return random.nextDouble() < 0.51 ? Sex.MALE : Sex.FEMALE;
    }
}
