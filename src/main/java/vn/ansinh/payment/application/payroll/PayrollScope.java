package vn.ansinh.payment.application.payroll;

import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * Which beneficiaries a payroll covers: those of a commune, of a province, or of the whole country,
 * as a condition on {@code benefit_case} (alias {@code c}).
 */
public record PayrollScope(AdminUnitCode unit) {

    public PayrollScope {
        if (!unit.isNational() && unit.value().length() != 2 && unit.value().length() != 5) {
            throw new BusinessRuleException("payroll.error.unit");
        }
    }

    /** The SQL condition ("" for the country), with one {@code ?} for the unit code when not national. */
    public String condition(String alias) {
        if (unit.isNational()) {
            return "";
        }
        return unit.value().length() == 2
                ? " AND " + alias + ".province_code = ?"
                : " AND " + alias + ".commune_code = ?";
    }

    public boolean hasParameter() {
        return !unit.isNational();
    }
}
