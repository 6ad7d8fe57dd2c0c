package vn.ansinh.eoffice.domain;

import vn.ansinh.shared.command.AuditedRefusal;
import vn.ansinh.shared.command.RefusalReason;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * A signed copy of a decision or a list decision refused ({@link SignatureRefusal}): the user reads why, and the
 * attempt is audited on the decision's commune, so its auditors see who uploaded what was refused.
 */
public class SignedCopyRefused extends EOfficeException implements AuditedRefusal {

    private static final long serialVersionUID = 1L;

    private final transient SignatureRefusal reason;
    private final String unit;
    private final CopyOf of;
    private final long id;
    private final String detail;

    public SignedCopyRefused(SignatureRefusal reason, AdminUnitCode unit, CopyOf of, long id, String detail) {
        super(reason.messageKey());
        this.reason = reason;
        this.unit = unit.value();
        this.of = of;
        this.id = id;
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
        return of.targetType();
    }

    @Override
    public String targetId() {
        return Long.toString(id);
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
