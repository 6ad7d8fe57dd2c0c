package vn.ansinh.devstack;

/** A MySQL-protocol server the app can use, with a database and credentials ready for it. */
public interface DatabaseServer extends AutoCloseable {

    /** JDBC URL of the app's database, for MySQL Connector/J. */
    String jdbcUrl();

    String user();

    String password();

    /**
     * The name of the app's database, read from {@link #jdbcUrl()} ({@code jdbc:mysql://host:port/NAME?...}): the
     * batch runtime needs it as its schema (src/main/payara/job-repository.asadmin).
     */
    default String databaseName() {
        String url = jdbcUrl();
        int slash = url.indexOf('/', url.indexOf("//") + 2);
        int query = url.indexOf('?', slash + 1);
        String name = slash < 0 ? "" : url.substring(slash + 1, query < 0 ? url.length() : query);
        if (name.isEmpty()) {
            throw new IllegalStateException("The database URL names no database: " + url.replaceAll("\\?.*", ""));
        }
        return name;
    }

    /** A short description for the console ("embedded MariaDB 11.4 on 127.0.0.1:3307"). */
    String describe();

    /** JDBC URL of another database on the same server, created (empty) if it does not exist. */
    String createDatabase(String name, boolean recreate);

    @Override
    void close();
}
