package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import vn.ansinh.shared.kernel.Category;

/**
 * One person on a list decision: the case that ends and the one that opens when it is signed (or, for a rule
 * that keeps the case, the case adjusted), the amounts before and after from the list's month, and the rule
 * applied as printed.
 */
@Entity
@Table(name = "list_decision_entry")
public class ListDecisionEntry {

    /** The amount of a category in the list's month: standard level, coefficient, amount (all null when none). */
    public record Amount(Long standardLevel, BigDecimal coefficient, Long amount) implements Serializable {
        public static final Amount NONE = new Amount(null, null, null);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_id", nullable = false)
    private Long listId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "old_case_id", nullable = false)
    private Long oldCaseId;

    @Column(name = "new_case_id")
    private Long newCaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_category", nullable = false)
    private Category oldCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_category", nullable = false)
    private Category newCategory;

    @Column(name = "standard_level_before")
    private Long standardLevelBefore;

    @Column(name = "coefficient_before")
    private BigDecimal coefficientBefore;

    @Column(name = "amount_before")
    private Long amountBefore;

    @Column(name = "standard_level_after", nullable = false)
    private Long standardLevelAfter;

    @Column(name = "coefficient_after", nullable = false)
    private BigDecimal coefficientAfter;

    @Column(name = "amount_after", nullable = false)
    private Long amountAfter;

    @Column(name = "rule_applied", nullable = false)
    private String ruleApplied;

    protected ListDecisionEntry() {
        // for JPA
    }

    public ListDecisionEntry(
            Long listId,
            Long personId,
            Long oldCaseId,
            Category oldCategory,
            Category newCategory,
            Amount before,
            Amount after,
            String ruleApplied) {
        this.listId = listId;
        this.personId = personId;
        this.oldCaseId = oldCaseId;
        this.oldCategory = oldCategory;
        this.newCategory = newCategory;
        this.standardLevelBefore = before.standardLevel();
        this.coefficientBefore = before.coefficient();
        this.amountBefore = before.amount();
        this.standardLevelAfter = after.standardLevel();
        this.coefficientAfter = after.coefficient();
        this.amountAfter = after.amount();
        this.ruleApplied = ruleApplied;
    }

    /** The case opened for the person when the list was signed. */
    public void opened(Long caseId) {
        if (newCaseId != null) {
            throw new IllegalStateException("entry " + id + " already opened case " + newCaseId);
        }
        newCaseId = caseId;
    }

    /** The case was kept and adjusted when the list was signed: the case after is the same case. */
    public void kept() {
        if (newCaseId != null) {
            throw new IllegalStateException("entry " + id + " already signed for case " + newCaseId);
        }
        newCaseId = oldCaseId;
    }

    public Long id() {
        return id;
    }

    public Long listId() {
        return listId;
    }

    public Long personId() {
        return personId;
    }

    public Long oldCaseId() {
        return oldCaseId;
    }

    public Long newCaseId() {
        return newCaseId;
    }

    public Category oldCategory() {
        return oldCategory;
    }

    public Category newCategory() {
        return newCategory;
    }

    public Amount before() {
        return new Amount(standardLevelBefore, coefficientBefore, amountBefore);
    }

    public Amount after() {
        return new Amount(standardLevelAfter, coefficientAfter, amountAfter);
    }

    public String ruleApplied() {
        return ruleApplied;
    }
}
