package vn.ansinh.payment.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import vn.ansinh.payment.domain.RecoveryItem;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** Loads a recovery item of a commune for a command, locking the row. */
final class RecoveryItems {

    private RecoveryItems() {}

    /** The item, if it exists in the commune; the row stays locked until the command ends. */
    static Optional<RecoveryItem> locked(EntityManager em, long recoveryId, AdminUnitCode commune) {
        return Optional.ofNullable(em.find(RecoveryItem.class, recoveryId, LockModeType.PESSIMISTIC_WRITE))
                .filter(item -> item.isIn(commune));
    }

    /** The same item's status as JSON, for an audit row. */
    static String status(RecoveryItem item) {
        return "{\"status\":\"" + item.status() + "\"}";
    }
}
