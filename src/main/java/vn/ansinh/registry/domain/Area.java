package vn.ansinh.registry.domain;

/** Rural or urban (nông thôn / thành thị): which poverty line applies to a household. */
public enum Area {
    RURAL,
    URBAN;

    /** A ward (phường) is urban; a commune (xã) or special zone (đặc khu) is rural. */
    public static Area ofUnitKind(String kind) {
        return kind != null && kind.toLowerCase(java.util.Locale.ROOT).startsWith("phường") ? URBAN : RURAL;
    }

    public String labelKey() {
        return "area." + name();
    }
}
