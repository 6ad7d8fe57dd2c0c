package vn.ansinh.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** An administrative unit (đơn vị hành chính) of one official list. Loaded by migration; read-only. */
@Entity
@Table(name = "admin_unit")
public class AdminUnit implements Serializable {

    @Id
    private Long id;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_list", nullable = false, updatable = false)
    private AdminUnitList list;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, updatable = false)
    private AdminUnitLevel level;

    @Column(name = "kind", updatable = false)
    private String kind;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "full_name", nullable = false, updatable = false)
    private String fullName;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "valid_from", updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", updatable = false)
    private LocalDate validTo;

    protected AdminUnit() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public AdminUnitCode code() {
        return AdminUnitCode.of(code);
    }

    public AdminUnitList list() {
        return list;
    }

    public AdminUnitLevel level() {
        return level;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String fullName() {
        return fullName;
    }

    public Long parentId() {
        return parentId;
    }

    /** The last day the unit existed, or {@code null} for a unit that still exists. */
    public LocalDate validTo() {
        return validTo;
    }

    /** Whether the unit existed on the given day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
