package vn.ansinh.shared.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of AnSinh. They come from Keycloak realm roles (claim {@code groups}) and arrive as
 * Jakarta EE roles of the same name.
 */
public enum Role {
    /** Cán bộ cấp xã: registers people and applications in their commune. */
    COMMUNE_OFFICER(Names.COMMUNE_OFFICER, "/officer/home.xhtml", true),
    /** Người phê duyệt: signs decisions at the unit where the role is held. */
    APPROVER(Names.APPROVER, "/approver/home.xhtml", true),
    /** Kiểm tra viên: reads and traces, changes nothing. */
    AUDITOR(Names.AUDITOR, "/auditor/home.xhtml", false),
    /** Quản trị hệ thống. */
    ADMIN(Names.ADMIN, "/admin/home.xhtml", true);

    /** Role names as compile-time constants, for annotations. */
    public static final class Names {
        public static final String COMMUNE_OFFICER = "commune-officer";
        public static final String APPROVER = "approver";
        public static final String AUDITOR = "auditor";
        public static final String ADMIN = "admin";

        private Names() {}
    }

    private final String id;
    private final String homePage;
    private final boolean mayWrite;

    Role(String id, String homePage, boolean mayWrite) {
        this.id = id;
        this.homePage = homePage;
        this.mayWrite = mayWrite;
    }

    /** The role's name in Keycloak and in the container. */
    public String id() {
        return id;
    }

    /** The home page of the role, relative to the application root. */
    public String homePage() {
        return homePage;
    }

    /** An auditor may never run a command that changes data, whatever a command declares. */
    public boolean mayWrite() {
        return mayWrite;
    }

    /** Resource-bundle key of the role's display name. */
    public String labelKey() {
        return "role." + id;
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
