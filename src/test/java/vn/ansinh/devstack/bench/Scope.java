package vn.ansinh.devstack.bench;

import vn.ansinh.shared.kernel.AdminUnitCode;

/** The jurisdiction a search runs in: the person's commune, their province, or the whole country. */
public enum Scope {
    COMMUNE,
    PROVINCE,
    NATIONAL;

    public AdminUnitCode of(SamplePerson person) {
        return switch (this) {
            case COMMUNE -> AdminUnitCode.of(person.communeCode());
            case PROVINCE -> AdminUnitCode.of(person.provinceCode());
            case NATIONAL -> AdminUnitCode.NATIONAL;
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
