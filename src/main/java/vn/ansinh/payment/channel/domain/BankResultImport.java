package vn.ansinh.payment.channel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One import of a bank's result file for a payroll run: who imported which file when, and how many
 * rows were paid, failed or not applied. Its rows are kept in {@code bank_result_row}. Never changed.
 */
@Entity
@Table(name = "bank_result_import")
public class BankResultImport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private Long runId;

    @Column(name = "bank_code", nullable = false, updatable = false)
    private String bankCode;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private LocalDateTime importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "rows_paid", nullable = false, updatable = false)
    private int rowsPaid;

    @Column(name = "rows_failed", nullable = false, updatable = false)
    private int rowsFailed;

    @Column(name = "rows_rejected", nullable = false, updatable = false)
    private int rowsRejected;

    protected BankResultImport() {
        // for JPA
    }

    /** The record of an applied file; {@code rejected} counts every row not applied. */
    public static BankResultImport of(
            long runId, String bankCode, String fileName, String by, Instant at, int paid, int failed, int rejected) {
        BankResultImport record = new BankResultImport();
        record.runId = runId;
        record.bankCode = bankCode;
        record.fileName = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        record.importedBy = by;
        record.importedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        record.rowsPaid = paid;
        record.rowsFailed = failed;
        record.rowsRejected = rejected;
        return record;
    }

    public Long id() {
        return id;
    }

    public Long runId() {
        return runId;
    }

    public String bankCode() {
        return bankCode;
    }

    public String fileName() {
        return fileName;
    }

    public LocalDateTime importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }

    public int rowsPaid() {
        return rowsPaid;
    }

    public int rowsFailed() {
        return rowsFailed;
    }

    public int rowsRejected() {
        return rowsRejected;
    }
}
