package vn.ansinh.shared.config;

import java.util.Optional;

/**
 * A setting of a command-line tool run outside the container ({@code exec:java@verify-chain},
 * {@code exec:java@backup}), read as MicroProfile Config reads the app's: the system property
 * ({@code -Dansinh.db.url=…}), else the environment variable of the same name in upper case with dots and
 * dashes as underscores ({@code ANSINH_DB_URL}). Blank counts as not set.
 */
public final class CommandLineSettings {

    private CommandLineSettings() {}

    public static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
