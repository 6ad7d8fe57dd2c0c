package vn.ansinh.account.application;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.account.domain.AccountException;
import vn.ansinh.account.domain.BankCode;

/**
 * The banks and e-wallets a transfer can go to (table {@code bank}, maintained by migrations). Read
 * with plain SQL: the table is small and read-only, and payroll code may map it too.
 */
public final class Banks {

    private final EntityManager em;

    public Banks(EntityManager em) {
        this.em = em;
    }

    /** Every bank by code, in code order: code → name. */
    public Map<String, String> all() {
        Map<String, String> banks = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name from bank order by code")
                .getResultList();
        for (Object[] row : rows) {
            banks.put((String) row[0], (String) row[1]);
        }
        return banks;
    }

    /** The code, refused with {@code account.error.bank.unknown} when no bank has it. */
    public BankCode require(BankCode code) {
        Number n = (Number) em.createNativeQuery("select count(*) from bank where code = ?1")
                .setParameter(1, code.value())
                .getSingleResult();
        if (n.longValue() == 0) {
            throw new AccountException("account.error.bank.unknown", code.value());
        }
        return code;
    }
}
