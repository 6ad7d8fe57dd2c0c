package vn.ansinh.casework.domain;

/** Voluntary (tự nguyện) or compulsory (bắt buộc) rehabilitation. */
public enum RehabMode {
    VOLUNTARY,
    COMPULSORY;

    public String labelKey() {
        return "case.rehabMode." + name();
    }
}
