package vn.ansinh.report.application;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Programme;

/** The plan (dự toán) entered for a unit and year, per programme ({@code report_plan}). */
public final class Plans {

    private Plans() {}

    public static Map<Programme, Long> of(EntityManager em, AdminUnitCode unit, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT programme, amount FROM report_plan WHERE unit_code = ?1 AND plan_year = ?2")
                .setParameter(1, unit.value())
                .setParameter(2, year)
                .getResultList();
        Map<Programme, Long> plans = new EnumMap<>(Programme.class);
        for (Object[] r : rows) {
            plans.put(Programme.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return plans;
    }
}
