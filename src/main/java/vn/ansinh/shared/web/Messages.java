package vn.ansinh.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import vn.ansinh.shared.text.BundleMessages;

/** Messages shown to the user, from the UI resource bundle in the user's language. */
public final class Messages {

    private Messages() {}

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    /**
     * The language the user chose for the app (Vietnamese unless English was chosen), never the browser's: before the
     * page's {@code f:view} is built (in a view action) the view's locale is still the one the browser asked for, and a
     * message made there ("The whole country", "… saved.") showed in English on a Vietnamese page.
     */
    public static Locale locale() {
        Object chosen = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .get(UiLanguage.SESSION_ATTRIBUTE);
        return chosen instanceof UiLanguage language ? language.locale() : UiLanguage.VI.locale();
    }

    /** The text in a given language (also outside a request, e.g. a converter's message in a unit test). */
    public static String text(Locale locale, String key, Object... arguments) {
        return BundleMessages.text(locale, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** An error shown next to one field (its client id). */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
