package org.educa.config.database;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Checks, before the server starts, that the configured database answers; if not, prints one line naming the
 * settings to check and exits with status 3. Run by {@code server-config/start} and the Docker image, because Payara
 * itself would report an unreachable database only as a deployment failure buried in stack traces.
 */
public final class DatabaseCheck {

    static final int UNUSABLE = 3;

    private DatabaseCheck() {
    }

    public static void main(String[] arguments) throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = DatabaseCheck.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        String url = setting("db.url", defaults);
        String user = setting("db.user", defaults);
        if (url.startsWith("jdbc:h2:")) {
            return; // the embedded database is created on first use
        }
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(url, user, setting("db.password", defaults))) {
            connection.isValid(5);
        } catch (SQLException e) {
            System.err.println("Educa cannot use its database: " + firstLine(e) + " -- check DB_URL (now '" + url
                    + "'), DB_USER (now '" + user + "'), DB_PASSWORD and DB_DRIVER.");
            System.exit(UNUSABLE);
        }
    }

    /** As MicroProfile Config finds it: system property, then environment variable, then the default. */
    static String setting(String name, Properties defaults) {
        String environment = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        String value = System.getProperty(name, System.getenv(environment));
        return value != null ? value : defaults.getProperty(name, "");
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
