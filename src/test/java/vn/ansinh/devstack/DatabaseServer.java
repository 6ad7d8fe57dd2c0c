package vn.ansinh.devstack;

/** A MySQL-protocol server the app can use, with a database and credentials ready for it. */
public interface DatabaseServer extends AutoCloseable {

    /** JDBC URL of the app's database, for MySQL Connector/J. */
    String jdbcUrl();

    String user();

    String password();

    /** A short description for the console ("embedded MariaDB 11.4 on 127.0.0.1:3307"). */
    String describe();

    /** JDBC URL of another database on the same server, created (empty) if it does not exist. */
    String createDatabase(String name, boolean recreate);

    @Override
    void close();
}
