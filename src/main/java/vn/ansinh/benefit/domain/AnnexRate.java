package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * One line item of an annex of Decree 75/2021/NĐ-CP (as amended) in force from a date: a fixed monthly
 * amount for meritorious people (người có công) — Phụ lục I by item, Phụ lục II (war invalids) and III
 * (class-B invalids) by whole impairment percent — or a one-time amount as a multiple of the standard level
 * (Phụ lục IV, VI). Its key is the row code and the percent. {@code sourceRef} names the row of the typed
 * data it was loaded from.
 */
@Entity
@Table(name = "annex_rate")
public class AnnexRate extends RateRow {

    @Column(name = "annex", nullable = false)
    private String annex;

    @Column(name = "row_code", nullable = false)
    private String rowCode;

    @Column(name = "impairment_percent")
    private Integer impairmentPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AnnexKind kind;

    @Column(name = "description_vi", nullable = false)
    private String description;

    @Column(name = "amount")
    private Long amount;

    @Column(name = "multiple_of_standard")
    private BigDecimal multipleOfStandard;

    @Column(name = "source_ref")
    private String sourceRef;

    @Column(name = "doubt")
    private Integer doubt;

    protected AnnexRate() {
        // for JPA
    }

    /** A new monthly amount of an annex row (e.g. from a later decree's table), entered by an administrator. */
    public AnnexRate(
            String annex,
            String rowCode,
            Integer impairmentPercent,
            AnnexKind kind,
            String description,
            LocalDate effectiveFrom,
            long amount,
            LegalAct act) {
        super(effectiveFrom, act.basis(), act.documentNumber(), act.documentDate());
        if (kind == AnnexKind.ONE_TIME) {
            throw new IllegalArgumentException("a one-time row is a multiple of the standard");
        }
        this.annex = annex;
        this.rowCode = rowCode;
        this.impairmentPercent = impairmentPercent;
        this.kind = kind;
        this.description = description;
        this.amount = amount;
    }

    @Override
    public boolean sameKeyAs(RateRow other) {
        return other instanceof AnnexRate a
                && a.rowCode.equals(rowCode)
                && Objects.equals(a.impairmentPercent, impairmentPercent);
    }

    /** Annex amounts are national. */
    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    public String annex() {
        return annex;
    }

    public String rowCode() {
        return rowCode;
    }
    /** The impairment percent of a Phụ lục II / III row, else null. */
    public Integer impairmentPercent() {
        return impairmentPercent;
    }

    public AnnexKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }
    /** The monthly amount in đồng, or null for a one-time multiple. */
    public Long amount() {
        return amount;
    }

    public BigDecimal multipleOfStandard() {
        return multipleOfStandard;
    }

    public String sourceRef() {
        return sourceRef;
    }
    /** The number of the data's "Doubts" item that made it pending at load, or null. */
    public Integer doubt() {
        return doubt;
    }
}
