package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** A standard level in force from a date, nationally or in one province that sets a higher one. */
@Entity
@Table(name = "standard_level")
public class StandardLevel extends RateRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme", nullable = false)
    private Scheme scheme;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "amount", nullable = false)
    private long amount;

    protected StandardLevel() {
        // for JPA
    }

    public StandardLevel(Scheme scheme, String provinceCode, LocalDate effectiveFrom, long amount, LegalAct act) {
        super(effectiveFrom, act.basis(), act.documentNumber(), act.documentDate());
        this.scheme = scheme;
        this.provinceCode = provinceCode;
        this.amount = amount;
    }

    @Override
    public boolean sameKeyAs(RateRow other) {
        return other instanceof StandardLevel l
                && l.scheme == scheme
                && java.util.Objects.equals(l.provinceCode, provinceCode);
    }

    @Override
    public AdminUnitCode unit() {
        return provinceCode == null ? AdminUnitCode.NATIONAL : AdminUnitCode.of(provinceCode);
    }

    public Scheme scheme() {
        return scheme;
    }

    /** The province that set this level, or null for the national level. */
    public String provinceCode() {
        return provinceCode;
    }

    public long amount() {
        return amount;
    }
}
