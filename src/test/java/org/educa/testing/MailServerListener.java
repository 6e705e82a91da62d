package org.educa.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real mail server (GreenMail, from Maven Central) on 127.0.0.1 before any test runs, when the build asks
 * for one with the system property {@code educa.test.smtp.port}: Payara Micro sends its mails to that SMTP port (see
 * the failsafe executions in pom.xml), and the tests read them over IMAP on the next port ({@link Mailbox}). Every
 * recipient gets a mailbox of their own, whose login and password are the address.
 */
public class MailServerListener implements LauncherSessionListener {

    private static GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Integer port = Integer.getInteger("educa.test.smtp.port");
        if (port == null || server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup[] {
            new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(port + 1, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot start the test mail server on 127.0.0.1:" + port + " and "
                    + (port + 1) + " (taken? choose others with -Dtest.smtp.port=...)", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The running server, for a test that stops and starts it (retries): only in the JVM that runs the tests. */
    public static GreenMail server() {
        if (server == null) {
            throw new IllegalStateException("No test mail server runs in this JVM (educa.test.smtp.port unset?)");
        }
        return server;
    }
}
