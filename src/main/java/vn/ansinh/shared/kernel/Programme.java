package vn.ansinh.shared.kernel;

import java.util.Arrays;
import java.util.List;

/** The programme families an application (hồ sơ) can be for. */
public enum Programme {
    /** Người có công với cách mạng (Ordinance 02/2020/UBTVQH14, Decree 131/2021/NĐ-CP). */
    MERITORIOUS_PERSON,
    /** Thân nhân người có công. */
    MERITORIOUS_RELATIVE,
    /** Bảo trợ xã hội: monthly social allowance (Decree 20/2021/NĐ-CP). */
    SOCIAL_ASSISTANCE,
    /**
     * Trợ cấp hưu trí xã hội: the social pension (Social Insurance Law 41/2024, Art. 21–22; Decree
     * 176/2025/NĐ-CP), from 1 Jul 2025. Whoever also qualifies for monthly social assistance is paid
     * the higher of the two, never both.
     */
    SOCIAL_PENSION,
    /** Hỗ trợ hộ nghèo, hộ cận nghèo (Decree 07/2021/NĐ-CP). */
    POOR_HOUSEHOLD_SUPPORT,
    /** Cai nghiện ma túy (Law 73/2021/QH14, Decree 116/2021/NĐ-CP). */
    DRUG_REHABILITATION,
    /** Hỗ trợ chi phí mai táng: one-time support to the family after a death (Decree 20/2021, Art. 11). */
    FUNERAL_SUPPORT;

    /** The categories an applicant of this programme can be in. */
    public List<Category> categories() {
        return Arrays.stream(Category.values())
                .filter(c -> c.programme() == this)
                .toList();
    }

    public String labelKey() {
        return "programme." + name();
    }
}
