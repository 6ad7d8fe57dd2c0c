package vn.ansinh.casework.domain;

/** Where a drug rehabilitation takes place (hình thức cai nghiện, Law 73/2021). */
public enum RehabForm {
    AT_HOME,
    IN_COMMUNITY,
    AT_FACILITY;

    public String labelKey() {
        return "case.rehabForm." + name();
    }
}
