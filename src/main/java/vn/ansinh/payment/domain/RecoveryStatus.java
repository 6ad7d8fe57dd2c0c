package vn.ansinh.payment.domain;

/**
 * Where a recovery item (khoản phải thu hồi) stands. An item is raised OPEN when a month was paid that
 * the person was not entitled to; the commune officer records it recovered (SETTLED), or the approver
 * forgives it with a written reason (WAIVED). Both ends are final.
 *
 * <pre>
 *   OPEN ──settle──▶ SETTLED
 *     └───waive───▶ WAIVED
 * </pre>
 */
public enum RecoveryStatus {
    /** Raised, not yet recovered (chưa thu hồi). */
    OPEN,
    /** Recovered, with the receipt (đã thu hồi). */
    SETTLED,
    /** Forgiven by the approver with a reason (miễn thu hồi). */
    WAIVED;

    public boolean open() {
        return this == OPEN;
    }

    /** The status after the officer records the money recovered; only an open item can be. */
    public RecoveryStatus settle() {
        return step(SETTLED);
    }

    /** The status after the approver waives the item; only an open item can be. */
    public RecoveryStatus waive() {
        return step(WAIVED);
    }

    private RecoveryStatus step(RecoveryStatus to) {
        if (!open()) {
            throw new IllegalStateException("a " + this + " recovery item is final");
        }
        return to;
    }

    /** The status as a SQL string literal, for statements built from this definition. */
    public String sqlLiteral() {
        return "'" + name() + "'";
    }
}
