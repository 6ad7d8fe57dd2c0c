package vn.ansinh.payment.channel.application;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The transfers of a run to one bank, as exported ({@link ExportBankFileCommand}): written as CSV by
 * {@link BankFileCsv} and as Excel by {@link BankFileWorkbook}.
 */
public record BankFile(
        long runId, AdminUnitCode unit, YearMonth month, String bankCode, String bankName, List<PaymentLine> lines)
        implements Serializable {

    public BankFile {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(bankCode, "bankCode");
        lines = List.copyOf(lines);
    }

    public long total() {
        return lines.stream().mapToLong(PaymentLine::amount).sum();
    }

    /** The file name without extension, e.g. {@code chuyen-khoan-vbsp-03253-2026-03}. */
    public String baseName() {
        return baseName(bankCode, unit, month.toString());
    }

    /**
     * The name without extension of a file of transfers to one bank, for a unit and what is paid (a month, a
     * one-off list), e.g. {@code chuyen-khoan-vbsp-03253-2026-03}: the payroll's files and a one-off list's are
     * named alike.
     */
    public static String baseName(String bankCode, AdminUnitCode unit, String paid) {
        return "chuyen-khoan-" + bankCode.toLowerCase(Locale.ROOT) + "-" + unit.value() + "-" + paid;
    }
}
