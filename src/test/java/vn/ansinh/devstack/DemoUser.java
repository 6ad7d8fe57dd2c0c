package vn.ansinh.devstack;

/** The demo users of {@code realm-config/ansinh-realm.json}; the password is the same for all. */
public enum DemoUser {
    OFFICER_TUAN_GIAO("officer.tuangiao", "commune-officer", "03253", "Xã Tuần Giáo, Điện Biên"),
    OFFICER_QUY_HOP("officer.quyhop", "commune-officer", "17035", "Xã Quỳ Hợp, Nghệ An"),
    APPROVER_TUAN_GIAO("approver.tuangiao", "approver", "03253", "Xã Tuần Giáo, Điện Biên"),
    AUDITOR_DIEN_BIEN("auditor.dienbien", "auditor", "11", "Tỉnh Điện Biên"),
    ADMIN("admin", "admin", "VN", "Toàn quốc");

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
