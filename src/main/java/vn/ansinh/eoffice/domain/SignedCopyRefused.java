package vn.ansinh.eoffice.domain;

import vn.ansinh.shared.command.AuditedRefusal;
import vn.ansinh.shared.command.RefusalReason;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * A signed copy of a decision refused ({@link SignatureRefusal}): the user reads why, and the attempt is audited
 * on the decision's unit, so its auditors see who uploaded what was refused.
 */
public class SignedCopyRefused extends EOfficeException implements AuditedRefusal {

    private static final long serialVersionUID = 1L;

    private final transient SignatureRefusal reason;
    private final String unit;
    private final long decisionId;
    private final String detail;

    public SignedCopyRefused(SignatureRefusal reason, AdminUnitCode unit, long decisionId, String detail) {
        super(reason.messageKey());
        this.reason = reason;
        this.unit = unit.value();
        this.decisionId = decisionId;
        this.detail = detail;
    }

    public SignatureRefusal reason() {
        return reason;
    }

    @Override
    public AdminUnitCode auditUnit() {
        return AdminUnitCode.of(unit);
    }

    @Override
    public String targetType() {
        return "Decision";
    }

    @Override
    public String targetId() {
        return Long.toString(decisionId);
    }

    @Override
    public String auditDetail() {
        return "signed copy refused: " + detail;
    }

    @Override
    public RefusalReason auditReason() {
        return RefusalReason.of(reason.messageKey());
    }
}
