package vn.ansinh.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * The check every property test and fuzz target makes of a refusal: it is the project's typed error, its
 * message key exists in the Vietnamese (base) and the English bundle, and the message formats with its arguments
 * in both languages. Throws {@link AssertionError} otherwise, which Jazzer reports as a finding.
 */
public final class MessageKeys {

    private static final Properties VI = load("i18n/messages.properties");
    private static final Properties EN = load("i18n/messages_en.properties");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private MessageKeys() {}

    /** A refusal thrown by a value object or a reader. */
    public static void requireKnown(BusinessRuleException refusal) {
        requireKnown(refusal.messageKey(), refusal.arguments());
    }

    /** A message of an import report. */
    public static void requireKnown(UploadMessage<?> message) {
        requireKnown(message.messageKey(), message.messageArguments());
    }

    /** A key with its arguments, as the web layer shows it. */
    public static void requireKnown(String key, Object... arguments) {
        if (key == null) {
            throw new AssertionError("a refusal without a message key");
        }
        format(VI, VIETNAMESE, key, arguments);
        format(EN, Locale.ENGLISH, key, arguments);
    }

    private static void format(Properties bundle, Locale locale, String key, Object... arguments) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("message key missing from the " + locale + " bundle: " + key);
        }
        if (arguments.length > 0) {
            try {
                new MessageFormat(pattern, locale).format(arguments);
            } catch (IllegalArgumentException e) {
                throw new AssertionError("message " + key + " does not format with its arguments", e);
            }
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageKeys.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundle not on the class path: " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
