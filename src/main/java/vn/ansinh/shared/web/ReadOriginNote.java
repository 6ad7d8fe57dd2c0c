package vn.ansinh.shared.web;

import java.util.Locale;
import vn.ansinh.shared.persistence.ReadOrigin;

/** The line a report page shows about where its figures were read ("… trễ N giây …"), or none for the primary. */
public final class ReadOriginNote {

    private ReadOriginNote() {}

    /** In the user's language; null when the figures came from the primary as usual. */
    public static String text(ReadOrigin origin) {
        return origin.messageKey() == null ? null : text(Messages.locale(), origin);
    }

    /** In a given language (tests). */
    public static String text(Locale locale, ReadOrigin origin) {
        String key = origin.messageKey();
        return key == null ? null : Messages.text(locale, key, origin.lagSeconds());
    }
}
