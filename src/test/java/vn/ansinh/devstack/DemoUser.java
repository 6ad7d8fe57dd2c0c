package vn.ansinh.devstack;

/** The demo users of {@code realm-config/ansinh-realm.json}; the password is the same for all. */
public enum DemoUser {
    OFFICER_TUAN_GIAO("officer.tuangiao", "commune-officer", "03253", "Xã Tuần Giáo, Điện Biên"),
    OFFICER_QUY_HOP("officer.quyhop", "commune-officer", "17035", "Xã Quỳ Hợp, Nghệ An"),
    APPROVER_TUAN_GIAO("approver.tuangiao", "approver", "03253", "Xã Tuần Giáo, Điện Biên"),
    APPROVER_QUY_HOP("approver.quyhop", "approver", "17035", "Xã Quỳ Hợp, Nghệ An"),
    /** A small commune where one person registers and approves: maker-checker still applies. */
    CHAIRMAN_QUY_HOP("chairman.quyhop", "commune-officer + approver", "17035", "Xã Quỳ Hợp, Nghệ An"),
    /** Sở Nội vụ Điện Biên: decides meritorious-person cases from 1 Jul 2025. */
    APPROVER_DIEN_BIEN("approver.dienbien", "approver", "11", "Sở Nội vụ tỉnh Điện Biên"),
    /** The former Tuần Giáo district (abolished 1 Jul 2025): signed social-assistance decisions before. */
    APPROVER_DISTRICT("approver.huyentuangiao", "approver", "099", "Huyện Tuần Giáo (đến 30/6/2025)"),
    AUDITOR_DIEN_BIEN("auditor.dienbien", "auditor", "11", "Tỉnh Điện Biên"),
    ADMIN("admin", "admin", "VN", "Toàn quốc"),
    /** The second national administrator: confirms the rate changes {@code admin} enters (maker-checker). */
    ADMIN2("admin2", "admin", "VN", "Toàn quốc"),
    /** An administrator of Điện Biên: enters and confirms only the province's own standard level. */
    ADMIN_DIEN_BIEN("admin.dienbien", "admin", "11", "Tỉnh Điện Biên");

    public static final String PASSWORD = "Demo@2026";

    private final String username;
    private final String role;
    private final String unitCode;
    private final String unitDescription;

    DemoUser(String username, String role, String unitCode, String unitDescription) {
        this.username = username;
        this.role = role;
        this.unitCode = unitCode;
        this.unitDescription = unitDescription;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitDescription() {
        return unitDescription;
    }
}
