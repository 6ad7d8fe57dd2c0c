package vn.ansinh.alert.application;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.ansinh.admin.domain.Setting;
import vn.ansinh.admin.domain.SettingKey;

/**
 * The settings the alert scan reads, taken from {@code app_setting} in the scan's own persistence
 * context (the nightly job and the administrator's command both use it).
 *
 * @param lookaheadDays how many days ahead a birthday or a school-year check raises its alert
 * @param reviewMonths after how many months without a review a record counts as stale
 */
public record ScanSettings(int lookaheadDays, int reviewMonths) {

    static final int DEFAULT_LOOKAHEAD_DAYS = 30;
    static final int DEFAULT_REVIEW_MONTHS = 12;

    public static ScanSettings read(EntityManager em) {
        return new ScanSettings(
                value(em, SettingKey.ALERT_LOOKAHEAD_DAYS, DEFAULT_LOOKAHEAD_DAYS),
                value(em, SettingKey.RECORD_REVIEW_MONTHS, DEFAULT_REVIEW_MONTHS));
    }

    private static int value(EntityManager em, SettingKey key, int fallback) {
        return Optional.ofNullable(em.find(Setting.class, key.name()))
                .map(Setting::value)
                .map(Integer::parseInt)
                .orElse(fallback);
    }
}
