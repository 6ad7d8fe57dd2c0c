package vn.ansinh.registry.domain;

/** Tier of an administrative unit (cấp hành chính). Districts exist only in the pre-2025 list. */
public enum AdminUnitLevel {
    NATION,
    PROVINCE,
    DISTRICT,
    COMMUNE
}
