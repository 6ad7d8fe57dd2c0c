package vn.ansinh.admin.domain;

import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * The system settings an administrator may change, each with the rule its value must follow.
 * Rules of law that change over time are not settings: they live in tables with effective dates.
 */
public enum SettingKey {
    /** Name shown in the page header, e.g. the provincial department running the system. */
    ORGANISATION_NAME(Kind.TEXT, 3, 200),
    /** Months after which a beneficiary's record counts as not reviewed (alerts). */
    RECORD_REVIEW_MONTHS(Kind.INTEGER, 1, 60),
    /** Largest scanned document accepted at intake, in megabytes. */
    UPLOAD_MAX_MEGABYTES(Kind.INTEGER, 1, 50),
    /** Who users call for help, shown on the error pages. */
    SUPPORT_CONTACT(Kind.TEXT, 3, 200),
    /** From which score (0–100) a similar registration asks the officer to check for a duplicate. */
    DUPLICATE_WARNING_SCORE(Kind.INTEGER, 50, 100),
    /** How many days ahead of a birthday or a school-year check the daily scan raises its alert (0 = on the day). */
    ALERT_LOOKAHEAD_DAYS(Kind.INTEGER, 0, 365),
    /** Project 06 target: share of beneficiaries with a social-security account, in % (95 for 2025, Seed 001). */
    PROJECT06_ACCOUNT_TARGET_PERCENT(Kind.INTEGER, 0, 100),
    /** Project 06 target: share of beneficiaries paid via their account, in % (50 for 2025, Seed 001). */
    PROJECT06_PAID_TARGET_PERCENT(Kind.INTEGER, 0, 100),
    /** Months the access log (reads of personal data) is kept before the nightly purge removes it. */
    ACCESS_LOG_RETENTION_MONTHS(Kind.INTEGER, 1, 120);

    private enum Kind {
        TEXT,
        INTEGER
    }

    private final Kind kind;
    private final int min;
    private final int max;

    SettingKey(Kind kind, int min, int max) {
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    /** The value normalised (trimmed), or a refusal a user understands. */
    public String validate(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (kind == Kind.INTEGER) {
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    throw new BusinessRuleException("setting.error.range", min, max);
                }
                return Integer.toString(number);
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("setting.error.integer");
            }
        }
        if (value.length() < min || value.length() > max) {
            throw new BusinessRuleException("setting.error.length", min, max);
        }
        return value;
    }

    public String labelKey() {
        return "setting." + name() + ".label";
    }

    public String hintKey() {
        return "setting." + name() + ".hint";
    }
}
