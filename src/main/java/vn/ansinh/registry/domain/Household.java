package vn.ansinh.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.persistence.StampedEntity;

/** A household (hộ gia đình): its head, where it lives, and which poverty line applies to it. */
@Entity
@Table(name = "household")
public class Household extends StampedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "head_person_id", nullable = false)
    private Long headPersonId;

    @Column(name = "residence_unit_id", nullable = false)
    private Long residenceUnitId;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    private Area area;

    @Column(name = "address")
    private String address;

    protected Household() {
        // for JPA
    }

    /** Founds a household headed by {@code head}, living where the head lives. */
    public static Household found(
            HouseholdCode code, Person head, Residence residence, Area area, String address, String by, Instant at) {
        Objects.requireNonNull(head.id(), "the head must be registered first");
        Household household = new Household();
        household.code = code.value();
        household.headPersonId = head.id();
        household.residenceUnitId = residence.unitId();
        household.communeCode = residence.communeCode().value();
        household.provinceCode = residence.provinceCode().value();
        household.area = area;
        household.address = address == null || address.isBlank() ? head.address() : FreeText.of(address);
        household.stampCreated(by, at);
        household.stampUpdated(at);
        return household;
    }

    /** Makes {@code person} a member; the head is added as {@link Relationship#HEAD}. */
    public HouseholdMember admit(Person person, Relationship relationship) {
        if (relationship == Relationship.HEAD && !person.id().equals(headPersonId)) {
            throw new InvalidValueException("household.error.secondHead");
        }
        return new HouseholdMember(person.id(), id, relationship);
    }

    /** Reviews the household for a year (rà soát) against the line in force for that year. */
    public PovertyReview review(
            int year,
            long incomePerCapita,
            Deprivations deprivations,
            PovertyStandard standard,
            PovertyClassification previous,
            java.time.LocalDate reviewedOn,
            String by,
            Instant at) {
        if (!standard.appliesTo(year, area)) {
            throw new IllegalArgumentException("standard " + standard.id() + " does not apply to " + year + " " + area);
        }
        if (incomePerCapita < 0) {
            throw new InvalidValueException("review.error.income");
        }
        PovertyClassification classification = standard.classify(incomePerCapita, deprivations, previous);
        return new PovertyReview(
                id, year, incomePerCapita, deprivations, classification, standard.id(), reviewedOn, by, at);
    }

    public Long id() {
        return id;
    }

    public HouseholdCode code() {
        return new HouseholdCode(code);
    }

    public Long headPersonId() {
        return headPersonId;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public AdminUnitCode provinceCode() {
        return AdminUnitCode.of(provinceCode);
    }

    public Area area() {
        return area;
    }

    public String address() {
        return address;
    }
}
