package vn.ansinh.report.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * The one home of "whose health insurance (BHYT) the state budget pays, under which group code": the groups of
 * Vietnam Social Security's card code (Decision 1351/QĐ-BHXH, 2015; DOMAIN.md §4) that AnSinh's beneficiaries fall
 * in, with the categories each takes and its benefit level (mức hưởng, the card's third character).
 *
 * <p>Confirmed (DOMAIN.md §4): CC for meritorious persons, TS/TC for their relatives, BT for monthly social assistance,
 * HN for the poor. Not confirmed [R]: the benefit levels (1 for CC, 2 for TS, BT and HN, 3 for TC, as recalled from
 * Decision 1351), which relatives are TS (a martyr's relatives) and which TC (the other meritorious persons'), and the
 * code of the social pension (Social Insurance Law 41/2024, Art. 22, in force 1 Jul 2025): no source reached gives one,
 * so its recipients are listed under BT, the group of the monthly allowance it replaced for the 80+, until VSS says
 * otherwise. Near-poor households (CN) are not here: the state supports their contribution (at least 70 %) but does
 * not pay it, and they go on another list. Drug rehabilitation and funeral support give no card.
 *
 * <p>The order is the priority: a person in several groups is listed once, in the first (Law on Health Insurance,
 * Art. 12: a person in several groups contributes under the first that applies [R]).
 */
public enum HealthInsuranceGroup {
    /** Người có công với cách mạng. */
    MERITORIOUS("CC", 1, true, Programme.MERITORIOUS_PERSON),
    /** Thân nhân liệt sĩ (cha, mẹ, vợ/chồng, con, người có công nuôi liệt sĩ). */
    MARTYR_RELATIVE("TS", 2, true, Category.MARTYR_RELATIVE),
    /** Thân nhân người có công khác (thương binh, Bà mẹ Việt Nam anh hùng…). */
    MERITORIOUS_RELATIVE("TC", 3, true, Category.INVALID_RELATIVE, Category.HEROIC_MOTHER_CAREGIVER),
    /** Người hưởng trợ cấp xã hội hằng tháng (Decree 20/2021). */
    SOCIAL_ASSISTANCE("BT", 2, true, Programme.SOCIAL_ASSISTANCE),
    /** Người thuộc hộ nghèo. */
    POOR("HN", 2, true, Category.POOR_HOUSEHOLD_MEMBER),
    /** Người hưởng trợ cấp hưu trí xã hội: code UNCONFIRMED [R]. */
    SOCIAL_PENSION("BT", 2, false, Programme.SOCIAL_PENSION);

    private final String code;
    private final int benefitLevel;
    private final boolean codeConfirmed;
    private final List<Category> categories;

    HealthInsuranceGroup(String code, int benefitLevel, boolean codeConfirmed, Programme programme) {
        this(code, benefitLevel, codeConfirmed, programme.categories().toArray(Category[]::new));
    }

    HealthInsuranceGroup(String code, int benefitLevel, boolean codeConfirmed, Category... categories) {
        this.code = code;
        this.benefitLevel = benefitLevel;
        this.codeConfirmed = codeConfirmed;
        this.categories = List.of(categories);
    }

    /** The group a beneficiary of the category is insured in by the state budget, or empty (not state-paid). */
    public static Optional<HealthInsuranceGroup> of(Category category) {
        return Arrays.stream(values())
                .filter(group -> group.categories.contains(category))
                .findFirst();
    }

    /** Every category whose beneficiaries the state insures, for the query's filter. */
    public static List<Category> insuredCategories() {
        return Arrays.stream(values())
                .flatMap(group -> group.categories.stream())
                .toList();
    }

    /** The first of two groups in the law's order: the one a person in both is listed in. */
    public HealthInsuranceGroup before(HealthInsuranceGroup other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }

    /** The card's group code (mã đối tượng), e.g. {@code CC}. */
    public String code() {
        return code;
    }

    /** The card's benefit level (mức hưởng), 1 to 5 [R]. */
    public int benefitLevel() {
        return benefitLevel;
    }

    /** Whether a source confirmed the group code (false: a placeholder to be checked with VSS). */
    public boolean codeConfirmed() {
        return codeConfirmed;
    }

    public List<Category> categories() {
        return categories;
    }

    public String labelKey() {
        return "insurance.group." + name();
    }
}
