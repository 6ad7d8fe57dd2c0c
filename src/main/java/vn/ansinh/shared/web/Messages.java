package vn.ansinh.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.ansinh.shared.command.Label;

/** Messages shown to the user, from the UI resource bundle in the user's language. */
public final class Messages {

    private static final String BUNDLE = "i18n.messages";

    private Messages() {}

    public static String text(String key, Object... arguments) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    /** The text in a given language (also outside a request, e.g. a converter's message in a unit test). */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader());
        try {
            String pattern = bundle.getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] shown = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                shown[i] = arguments[i] instanceof Label label ? text(locale, label.key()) : arguments[i];
            }
            return new MessageFormat(pattern, bundle.getLocale()).format(shown);
        } catch (MissingResourceException e) {
            return key;
        }
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
