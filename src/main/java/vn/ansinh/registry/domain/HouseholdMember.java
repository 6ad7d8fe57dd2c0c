package vn.ansinh.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person's membership of a household, with their relationship to its head. */
@Entity
@Table(name = "household_member")
public class HouseholdMember implements Serializable {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false)
    private Relationship relationship;

    protected HouseholdMember() {
        // for JPA
    }

    HouseholdMember(Long personId, Long householdId, Relationship relationship) {
        this.personId = personId;
        this.householdId = householdId;
        this.relationship = relationship;
    }

    public Long personId() {
        return personId;
    }

    public Long householdId() {
        return householdId;
    }

    public Relationship relationship() {
        return relationship;
    }
}
