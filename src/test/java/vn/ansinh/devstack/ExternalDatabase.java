package vn.ansinh.devstack;

import java.util.Optional;

/**
 * A database that exists already and is not this harness's to create or stop: the one named by the environment
 * ({@code ANSINH_DB_URL}, {@code ANSINH_DB_USER}, {@code ANSINH_DB_PASSWORD}), or one a test gives (a restored backup).
 */
public final class ExternalDatabase implements DatabaseServer {

    private final String url;
    private final String user;
    private final String password;

    private ExternalDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** An existing database at the URL, reached as the user. */
    public static DatabaseServer at(String url, String user, String password) {
        return new ExternalDatabase(url, user, password);
    }

    static Optional<DatabaseServer> fromEnvironment() {
        String url = System.getenv("ANSINH_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String user = System.getenv().getOrDefault("ANSINH_DB_USER", "ansinh");
        String password = System.getenv().getOrDefault("ANSINH_DB_PASSWORD", "");
        if (!Jdbc.canConnect(url, user, password)) {
            throw new IllegalStateException("ANSINH_DB_URL is set but no connection could be made to " + url + " as "
                    + user + ". Check the URL, user and password, or unset ANSINH_DB_URL to use the embedded MariaDB.");
        }
        return Optional.of(new ExternalDatabase(url, user, password));
    }

    @Override
    public String jdbcUrl() {
        return url;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String describe() {
        return "the existing database " + url.replaceAll("\\?.*", "");
    }

    @Override
    public String createDatabase(String name, boolean recreate) {
        throw new UnsupportedOperationException("The harness does not create databases on an external server");
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
