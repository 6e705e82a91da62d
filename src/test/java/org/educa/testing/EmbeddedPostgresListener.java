package org.educa.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL server (embedded binaries from Maven Central) before any test runs, when the build asks
 * for one with the system property {@code educa.test.postgres.port}; Payara Micro then connects to it (see the
 * "integration-tests-postgresql" execution in pom.xml).
 */
public class EmbeddedPostgresListener implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("educa.test.postgres.port");
        if (port == null || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(port)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
