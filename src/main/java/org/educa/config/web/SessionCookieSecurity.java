package org.educa.config.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes that web.xml cannot give: {@code SameSite=Lax} always, and {@code Secure} when Educa
 * is served over HTTPS ({@code educa.session.secure-cookie=true}, environment {@code EDUCA_SESSION_SECURE_COOKIE}).
 * web.xml makes it {@code HttpOnly}.
 *
 * <p>SameSite is set here the standard way (Servlet 6), for containers that write it; Payara Micro 6 does not (it
 * copies neither this nor web.xml's {@code <attribute>} into the cookie), so {@link HardenedResponse} adds it to the
 * session cookie's header when it has none: one SameSite on any Payara, with or without server-config/'s pre-boot
 * commands (which therefore no longer switch on the HTTP listener's SameSite). {@code <secure>} cannot be conditional
 * in web.xml, and a Secure cookie over plain HTTP (the default local run, the tests) would never come back, so it is a
 * deployment setting: turn it on wherever Educa is served over HTTPS.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSecurity.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("educa.session.secure-cookie", Boolean.class).orElse(false);
        if (secure) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("Session cookie marked Secure");
        }
    }
}
