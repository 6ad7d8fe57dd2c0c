package vn.ansinh.devstack.generate;

import vn.ansinh.registry.domain.Area;

/** A commune, ward or special zone of the 2025 list, with its province and what the generator assumes of it. */
record Commune(long id, String code, String kind, String provinceCode, Area area, ProvinceProfile profile) {}
