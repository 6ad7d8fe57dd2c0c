package vn.ansinh.shared.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface: Vietnamese first, English second. */
public enum UiLanguage {
    VI(Locale.forLanguageTag("vi-VN")),
    EN(Locale.ENGLISH);

    static final String SESSION_ATTRIBUTE = "ansinh.language";

    private final Locale locale;

    UiLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UiLanguage> fromCode(String code) {
        return Arrays.stream(values())
                .filter(l -> l.code().equalsIgnoreCase(code))
                .findFirst();
    }
}
