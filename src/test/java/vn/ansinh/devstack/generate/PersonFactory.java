package vn.ansinh.devstack.generate;

import java.time.YearMonth;
import java.util.List;
import java.util.random.RandomGenerator;
import vn.ansinh.devstack.generate.HouseholdPlanner.MemberPlan;
import vn.ansinh.devstack.generate.Rows.PersonRow;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.HealthInsuranceCardNumber;
import vn.ansinh.registry.domain.OldIdNumber;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PhoneNumber;
import vn.ansinh.registry.domain.VietnameseNames;

/**
 * Turns a planned member into a person row: name, date of birth (for many elderly only the year,
 * or month and year), identity numbers, health-insurance card, phone. Every value goes through the
 * app's value objects ({@link PersonDetails}) and the stored name forms are computed exactly as
 * {@code Person.register} does.
 */
final class PersonFactory {

    private final NameGenerator names;
    private final IdentityNumbers numbers;

    PersonFactory(NameGenerator names, IdentityNumbers numbers) {
        this.names = names;
        this.numbers = numbers;
    }

    PersonRow create(
            long id, MemberPlan plan, Ethnicity ethnicity, Commune commune, String address, RandomGenerator random) {
        int year = plan.birthYear();
        int age = HouseholdPlanner.REFERENCE_YEAR - year;
        String fullName = names.fullName(plan.familyName(), ethnicity, plan.sex(), year, random);
        PartialDate birth = birthDate(year, random);
        PersonalId personalId = random.nextDouble() < shareWithoutPersonalId(year)
                ? null
                : numbers.personalId(commune.provinceCode(), plan.sex(), year, random);
        OldIdNumber oldId = age >= 30 && random.nextDouble() < (personalId == null ? 0.6 : 0.3)
                ? numbers.oldIdNumber(random)
                : null;
        HealthInsuranceCardNumber card =
                random.nextDouble() < 0.65 ? healthInsuranceCard(age, ethnicity, commune, random) : null;
        PhoneNumber phone =
                age >= 18 && random.nextDouble() < (age < 70 ? 0.6 : 0.25) ? numbers.mobilePhone(random) : null;
        PersonDetails details =
                new PersonDetails(fullName, birth, plan.sex(), ethnicity, personalId, oldId, card, phone, address);
        if (personalId != null && !personalId.checkAgainst(plan.sex(), birth).isEmpty()) {
            throw new IllegalStateException("generated personal ID disagrees with sex or birth year: " + personalId);
        }
        return row(id, details, commune);
    }

    /** The same derived columns as {@code Person.apply}: folded name, sorted key, folded given name. */
    private static PersonRow row(long id, PersonDetails d, Commune commune) {
        List<String> tokens = VietnameseNames.tokens(d.fullName());
        PartialDate birth = d.birthDate();
        return new PersonRow(
                id,
                d.fullName(),
                VietnameseNames.fold(d.fullName()),
                VietnameseNames.sortedKey(d.fullName()),
                tokens.get(tokens.size() - 1),
                birth.year(),
                birth.month(),
                birth.day(),
                d.sex().name(),
                d.ethnicity().code(),
                d.personalId() == null ? null : d.personalId().value(),
                d.oldIdNumber() == null ? null : d.oldIdNumber().value(),
                d.healthInsuranceCard() == null ? null : d.healthInsuranceCard().value(),
                d.phone() == null ? null : d.phone().value(),
                commune.id(),
                commune.code(),
                commune.provinceCode(),
                d.address());
    }

    private static PartialDate birthDate(int year, RandomGenerator random) {
        double precision = random.nextDouble();
        double yearOnly = year < 1950 ? 0.45 : year < 1960 ? 0.10 : 0.0;
        double monthOnly = year < 1950 ? 0.20 : year < 1960 ? 0.05 : 0.0;
        int month = 1 + random.nextInt(12);
        if (precision < yearOnly) {
            return PartialDate.of(year);
        }
        if (precision < yearOnly + monthOnly) {
            return PartialDate.of(year, month);
        }
        return PartialDate.of(
                year, month, 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth()));
    }

    /** Many of the oldest never had a personal ID recorded; almost everyone younger has one. */
    private static double shareWithoutPersonalId(int year) {
        return year < 1945 ? 0.35 : year < 1960 ? 0.08 : 0.01;
    }

    private HealthInsuranceCardNumber healthInsuranceCard(
            int age, Ethnicity ethnicity, Commune commune, RandomGenerator random) {
        String group;
        int level;
        if (age < 6) {
            group = "TE";
            level = 1;
        } else if (age >= 80) {
            group = random.nextBoolean() ? "BT" : "HT";
            level = 2;
        } else if (ethnicity != Ethnicity.KINH && commune.profile().uplands()) {
            group = "DT";
            level = 2;
        } else if (age < 18) {
            group = "HS";
            level = 4;
        } else if (age < 23 && random.nextBoolean()) {
            group = "SV";
            level = 4;
        } else if (age >= 60 && random.nextDouble() < 0.4) {
            group = "HT";
            level = 2;
        } else {
            group = random.nextDouble() < 0.5 ? "GD" : "DN";
            level = 4;
        }
        return numbers.healthInsuranceCard(group, level, commune.provinceCode(), random);
    }
}
