package vn.ansinh.alert.application;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Alerts raised when an outside register answers rather than by the daily scan ({@link AlertKind.Trigger#REGISTRY}),
 * in the caller's transaction, with the scan's {@code INSERT IGNORE} (the same answer twice raises nothing twice).
 */
public final class RegisterAlerts {

    private RegisterAlerts() {}

    /**
     * The population database says the person died: one {@link AlertKind#PERSON_DECEASED} alert on each of their
     * cases whose benefit runs ({@link AlertScan#RUNNING}), due on {@code dueOn}. Returns how many were raised.
     */
    public static int personDeceased(EntityManager em, long personId, LocalDate dueOn, LocalDate today) {
        String sql = AlertScan.INSERT + "SELECT " + SqlEnums.literal(AlertKind.PERSON_DECEASED)
                + ", c.id, c.person_id, c.commune_code, c.province_code, ?1, ?2 FROM benefit_case c "
                + "WHERE c.person_id = ?3 AND c.status IN " + AlertScan.RUNNING;
        return em.createNativeQuery(sql)
                .setParameter(1, Date.valueOf(dueOn))
                .setParameter(2, Date.valueOf(today))
                .setParameter(3, personId)
                .executeUpdate();
    }
}
