package vn.ansinh.payment.application.payroll;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Objects;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * Which beneficiaries a payroll covers: those living in its unit or any unit below it, as every read
 * scopes them ({@link UnitScope#residence}, on the unit tree: a current province its communes, a
 * pre-2025 district the communes it had, the country everyone), as a condition on {@code benefit_case}.
 * A code that names no unit is refused.
 */
public final class PayrollScope {

    private final AdminUnitCode unit;
    private final UnitScope scope;

    private PayrollScope(AdminUnitCode unit, AdminUnitTree units) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.scope = UnitScope.of(unit, units);
        if (scope.isEmpty()) {
            throw new BusinessRuleException("payroll.error.unit");
        }
    }

    /** The scope of a payroll of {@code unit}; refuses a code that names no unit. */
    public static PayrollScope of(AdminUnitCode unit, AdminUnitTree units) {
        return new PayrollScope(unit, units);
    }

    public AdminUnitCode unit() {
        return unit;
    }

    /**
     * The SQL condition on the cases of alias {@code alias}, starting with {@code " AND "}, with a
     * {@code ?} for each of {@link #parameters()}.
     */
    public String condition(String alias) {
        return " AND " + residence(alias).sql();
    }

    /** The values of the {@code ?} of {@link #condition}, in order (none for the country). */
    public List<Object> parameters() {
        return residence("c").parameters();
    }

    /** Sets {@link #parameters()} from position {@code first} on; returns the next free position. */
    public int bind(Query query, int first) {
        int position = first;
        for (Object value : parameters()) {
            query.setParameter(position++, value);
        }
        return position;
    }

    private UnitScope.Condition residence(String alias) {
        return scope.residence(alias + ".commune_code", alias + ".province_code");
    }

    @Override
    public String toString() {
        return "payroll of " + unit.value();
    }
}
