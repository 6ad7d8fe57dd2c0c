package vn.ansinh.registry.domain;

/** Which official list a unit belongs to. */
public enum AdminUnitList {
    /** The country itself. */
    NATIONAL,
    /** Three tiers (province, district, commune), valid until 2025-06-30. */
    THREE_TIER_2004,
    /** Two tiers (province, commune), valid from 2025-07-01 (Decision 19/2025/QĐ-TTg). */
    TWO_TIER_2025
}
