package org.educa.config.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when Educa is served over HTTPS ({@code educa.session.secure-cookie=true},
 * environment {@code EDUCA_SESSION_SECURE_COOKIE}). web.xml already makes it {@code HttpOnly} and {@code SameSite=Lax};
 * {@code <secure>} cannot be conditional there, and a Secure cookie over plain HTTP (the default local run, the tests)
 * would never come back, so it is a deployment setting: turn it on wherever Educa is served over HTTPS.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSecurity.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("educa.session.secure-cookie", Boolean.class).orElse(false);
        if (secure) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("Session cookie marked Secure");
        }
    }
}
