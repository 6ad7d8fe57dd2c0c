package vn.ansinh.portal.domain;

/** What the portal is told about a dossier; each status after RECEIVED follows a step of the case. */
public enum PortalStatus {
    /** Imported: an application was opened for it (đã tiếp nhận). */
    RECEIVED,
    /** Submitted for decision (đang xử lý). */
    PROCESSING,
    /** Decided: the decision's PDF goes with it (đã có kết quả). */
    DECIDED,
    /** Refused, with the written reason (từ chối). */
    REFUSED;

    /** Whether the dossier may go from this status to {@code next} (a returned, re-submitted case is processed again). */
    public boolean mayBeFollowedBy(PortalStatus next) {
        return switch (this) {
            case RECEIVED, PROCESSING -> next == PROCESSING || next == DECIDED || next == REFUSED;
            case DECIDED, REFUSED -> false;
        };
    }

    public String labelKey() {
        return "portal.status." + name();
    }
}
