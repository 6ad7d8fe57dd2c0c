package vn.ansinh.payment.channel.application;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The banks a transfer can go to (table {@code bank}), by code. */
public final class Banks {

    private Banks() {}

    /** Code → name, in code order. */
    public static Map<String, String> all(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, name FROM bank ORDER BY code")
                .getResultList();
        Map<String, String> banks = new LinkedHashMap<>();
        for (Object[] row : rows) {
            banks.put((String) row[0], (String) row[1]);
        }
        return banks;
    }
}
