package vn.ansinh.registry.domain;

import java.util.Objects;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** Where a person or household lives: a commune of the current list and its province. */
public record Residence(Long unitId, AdminUnitCode communeCode, AdminUnitCode provinceCode, String unitKind) {

    public Residence {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(provinceCode, "provinceCode");
    }

    public static Residence of(AdminUnit commune, AdminUnit province) {
        return new Residence(commune.id(), commune.code(), province.code(), commune.kind());
    }
}
