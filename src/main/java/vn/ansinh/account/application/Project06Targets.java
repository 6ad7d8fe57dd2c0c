package vn.ansinh.account.application;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.Optional;
import vn.ansinh.admin.domain.Setting;
import vn.ansinh.admin.domain.SettingKey;

/**
 * The Project 06 targets the indicators are measured against, in % of beneficiaries: settings
 * ({@link SettingKey#PROJECT06_ACCOUNT_TARGET_PERCENT}, {@link SettingKey#PROJECT06_PAID_TARGET_PERCENT}),
 * since the targets change from year to year.
 */
public record Project06Targets(int accountPercent, int paidPercent) implements Serializable {

    /** 2025 target for accounts: 95 % (Seed 001, DOMAIN.md §3 and §6); used if the setting is missing. */
    public static final int DEFAULT_ACCOUNT_PERCENT = 95;

    /** 2025 target for payments via an account: 50 % (Seed 001, DOMAIN.md §3 and §6). */
    public static final int DEFAULT_PAID_PERCENT = 50;

    public static Project06Targets read(EntityManager em) {
        return new Project06Targets(
                value(em, SettingKey.PROJECT06_ACCOUNT_TARGET_PERCENT, DEFAULT_ACCOUNT_PERCENT),
                value(em, SettingKey.PROJECT06_PAID_TARGET_PERCENT, DEFAULT_PAID_PERCENT));
    }

    private static int value(EntityManager em, SettingKey key, int fallback) {
        return Optional.ofNullable(em.find(Setting.class, key.name()))
                .map(Setting::value)
                .map(Integer::parseInt)
                .orElse(fallback);
    }
}
