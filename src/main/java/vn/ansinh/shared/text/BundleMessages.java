package vn.ansinh.shared.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.Labelled;

/**
 * The app's messages ({@code i18n/messages*.properties}) in a given language, with their arguments: a {@link Label}
 * or a {@link Labelled} value shown by its own label. The pages ({@code Messages}) and the REST API's problem
 * answers read them here; a missing key shows as itself.
 */
public final class BundleMessages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private BundleMessages() {}

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
                shown[i] = arguments[i] instanceof Label label
                        ? text(locale, label.key())
                        : arguments[i] instanceof Labelled labelled ? text(locale, labelled.labelKey()) : arguments[i];
            }
            return new MessageFormat(pattern, bundle.getLocale()).format(shown);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
