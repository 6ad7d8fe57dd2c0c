package vn.ansinh.report.application;

import java.io.Serializable;
import java.time.YearMonth;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.registry.domain.HealthInsuranceCardNumber;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.report.domain.HealthInsuranceGroup;
import vn.ansinh.report.domain.InsuranceStopReason;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * One person on a month's health-insurance list: who (as the registry has them), the group they are insured in (the
 * first of their benefits' groups), the category and first month of that benefit, and, when one of their benefits
 * ends in the month, its category and end reason (what a stop in the next month is explained by).
 *
 * @param healthInsuranceNo the card code the registry holds, or null
 * @param communeName the name of the commune of the benefit
 */
public record InsuredPerson(
        long personId,
        String fullName,
        PartialDate birth,
        Sex sex,
        String personalId,
        String healthInsuranceNo,
        String address,
        String communeName,
        boolean died,
        HealthInsuranceGroup group,
        Category category,
        YearMonth from,
        Category endingCategory,
        EndReason endingReason,
        boolean ending)
        implements Serializable {

    /** The lifelong social-insurance number (mã số BHXH): the last 10 digits of the card, or null when unknown. */
    public String socialInsuranceNumber() {
        if (healthInsuranceNo == null || healthInsuranceNo.isBlank()) {
            return null;
        }
        try {
            return HealthInsuranceCardNumber.of(healthInsuranceNo).socialInsuranceNumber();
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** Why the person is not on the next month's list, read from the benefit that ends in this month. */
    public InsuranceStopReason stopReason() {
        if (!ending) {
            return died ? InsuranceStopReason.DEATH : InsuranceStopReason.UNKNOWN;
        }
        return InsuranceStopReason.of(endingCategory, endingReason, died);
    }

    /**
     * The same person with a further benefit counting in the month: the first group in the law's order wins, with its
     * category and first month; a benefit ending in the month is kept (the one of the winning group preferred).
     */
    InsuredPerson with(InsuredPerson other) {
        HealthInsuranceGroup first = group.before(other.group);
        InsuredPerson main = first == group ? this : other;
        YearMonth start = main.from;
        for (InsuredPerson p : new InsuredPerson[] {this, other}) {
            if (p.group == first && p.from.isBefore(start)) {
                start = p.from;
            }
        }
        InsuredPerson end = main.ending ? main : other.ending ? other : this;
        return new InsuredPerson(
                personId,
                fullName,
                birth,
                sex,
                personalId,
                healthInsuranceNo,
                address,
                communeName,
                died,
                first,
                main.category,
                start,
                end.endingCategory,
                end.endingReason,
                end.ending);
    }
}
