package vn.ansinh.payment.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.ansinh.payment.domain.RecoveryStatus;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** Reads a recovery item's status for a command, locking the row. */
final class RecoveryItems {

    private RecoveryItems() {}

    /** The item's status, if it exists in the commune; the row stays locked until the command ends. */
    static Optional<RecoveryStatus> status(EntityManager em, long recoveryId, AdminUnitCode commune) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                        "SELECT status FROM recovery_item WHERE id = ? AND commune_code = ? FOR UPDATE")
                .setParameter(1, recoveryId)
                .setParameter(2, commune.value())
                .getResultList();
        return rows.stream().findFirst().map(RecoveryStatus::valueOf);
    }
}
