package vn.ansinh.benefit.domain;

import vn.ansinh.shared.persistence.SqlEnums;

/** What an annex row pays. */
public enum AnnexKind {
    /** Trợ cấp hằng tháng. */
    ALLOWANCE,
    /** Phụ cấp hằng tháng. */
    SUPPLEMENT,
    /** Trợ cấp người phục vụ: paid to the caregiver. */
    CAREGIVER,
    /** Trợ cấp một lần: a multiple of the standard level. */
    ONE_TIME;

    /** Whether the monthly payroll pays it. */
    public boolean monthly() {
        return this != ONE_TIME;
    }

    /** The kinds the monthly payroll pays, as the list of an SQL {@code IN} ({@link #monthly}). */
    public static String sqlMonthly() {
        return SqlEnums.list(AnnexKind.class, AnnexKind::monthly);
    }
}
