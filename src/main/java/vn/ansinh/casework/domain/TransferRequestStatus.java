package vn.ansinh.casework.domain;

/**
 * Where a request to transfer a person's file stands. Only a pending request may be decided, once.
 *
 * <pre>
 * PENDING ──accept (the person's commune; the move runs)──▶ ACCEPTED
 * PENDING ──refuse (the person's commune, with a reason)──▶ REFUSED
 * </pre>
 */
public enum TransferRequestStatus {
    /** Sent, waiting for the person's commune (chờ xử lý). */
    PENDING,
    /** Accepted: the person's file and running benefits moved to the requesting commune (đã chấp nhận). */
    ACCEPTED,
    /** Refused with a reason (từ chối). */
    REFUSED;

    public TransferRequestStatus accept() {
        return decide(ACCEPTED);
    }

    public TransferRequestStatus refuse() {
        return decide(REFUSED);
    }

    public boolean isPending() {
        return this == PENDING;
    }

    public String labelKey() {
        return "transfer.status." + name();
    }

    private TransferRequestStatus decide(TransferRequestStatus target) {
        if (this != PENDING) {
            throw new CaseException("transfer.error.decided");
        }
        return target;
    }
}
