package dev.oner;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Databases with the app's schema, migrated by the app's own Flyway scripts, for tests below the whole app. */
public final class Databases {

    private Databases() {}

    /** A private in-memory H2 database, gone when the JVM exits. */
    public static DataSource h2InMemory() {
        return migrated(new DriverManagerDataSource(
                "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "oner", ""));
    }

    /** One connection kept open, for a benchmark that should time statements rather than pool hand-offs. */
    public static DataSource singleConnection(String url, String user, String password) {
        var dataSource = new SingleConnectionDataSource(url, user, password, true);
        return migrated(dataSource);
    }

    public static DataSource migrated(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }
}
