package vn.ansinh.devstack.generate;

import java.util.random.RandomGenerator;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.Sex;

/**
 * Vietnamese full names: family name, middle name(s), given name, with diacritics. People born
 * before the 1970s mostly carry Văn or Thị; younger people more often other middle names, newer given
 * names and sometimes two middle names.
 */
final class NameGenerator {

    String familyName(Ethnicity ethnicity, RandomGenerator random) {
        return MinorityNames.styleOf(ethnicity).family().pick(random);
    }

    /** Family name followed by the middle and given names chosen for sex and generation. */
    String fullName(String familyName, Ethnicity ethnicity, Sex sex, int birthYear, RandomGenerator random) {
        MinorityNames.Style style = MinorityNames.styleOf(ethnicity);
        boolean newer = random.nextDouble() < newerFashionShare(birthYear);
        boolean male = sex == Sex.MALE;
        Weighted<String> middles = male ? style.maleMiddle() : style.femaleMiddle();
        if (middles == null) {
            middles = male
                    ? (newer ? KinhNames.MALE_MIDDLE_NEW : KinhNames.MALE_MIDDLE_OLD)
                    : (newer ? KinhNames.FEMALE_MIDDLE_NEW : KinhNames.FEMALE_MIDDLE_OLD);
        }
        Weighted<String> givens = male ? style.maleGiven() : style.femaleGiven();
        if (givens == null) {
            givens = male
                    ? (newer ? KinhNames.MALE_GIVEN_NEW : KinhNames.MALE_GIVEN_OLD)
                    : (newer ? KinhNames.FEMALE_GIVEN_NEW : KinhNames.FEMALE_GIVEN_OLD);
        }
        StringBuilder name = new StringBuilder(familyName);
        String middle = middles.pick(random);
        if (!middle.isEmpty()) {
            name.append(' ').append(middle);
        }
        boolean ownPools = style.maleGiven() != null;
        if (!ownPools && random.nextDouble() < (newer ? 0.22 : 0.04)) {
            name.append(' ')
                    .append((male ? KinhNames.MALE_SECOND_MIDDLE : KinhNames.FEMALE_SECOND_MIDDLE).pick(random));
        }
        String given = givens.pick(random);
        if (given.equals(lastWord(name))) {
            given = givens.pick(random); // "Nguyễn Minh Minh" is rare; draw once more
        }
        return middle.endsWith("'")
                ? name.append(given).toString()
                : name.append(' ').append(given).toString();
    }

    /** The share of a birth year's people named in the newer fashion: none before 1965, all after 2010. */
    private static double newerFashionShare(int birthYear) {
        return Math.max(0, Math.min(1, (birthYear - 1965) / 45.0));
    }

    private static String lastWord(CharSequence name) {
        String text = name.toString();
        return text.substring(text.lastIndexOf(' ') + 1);
    }
}
