package org.educa.business.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses of Educa's pages for mails, which are read outside the site. They start with
 * {@code EDUCA_PUBLIC_URL} (such as {@code https://learn.example.org}, the address people use, with the context path if
 * any). Production must set it: without it (the development default) a link starts with the scheme, host and port of
 * the request that caused the mail, and the Host header is the sender's to choose — a reset link could point
 * elsewhere. Off a request, without the setting, links start with {@code http://localhost:8080}.
 */
@ApplicationScoped
public class Links {

    private static final Logger LOG = Logger.getLogger(Links.class.getName());
    private static final String OFF_REQUEST = "http://localhost:8080";

    private final Optional<String> publicUrl;
    private final Instance<HttpServletRequest> request;

    @Inject
    public Links(@ConfigProperty(name = "educa.public-url") Optional<String> publicUrl,
            Instance<HttpServletRequest> request) {
        this.publicUrl = publicUrl.map(String::strip).filter(url -> !url.isEmpty()).map(Links::withoutTrailingSlash);
        this.request = request;
        if (this.publicUrl.isEmpty()) {
            LOG.warning("EDUCA_PUBLIC_URL is not set: links in mails take the host of the request that caused them; "
                    + "set it in production");
        }
    }

    /** For the CDI proxy only. */
    protected Links() {
        this.publicUrl = Optional.empty();
        this.request = null;
    }

    /** The absolute address of a page, given its path inside Educa ({@code /accounts/...}, as the routes give it). */
    public String to(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    private String base() {
        if (publicUrl.isPresent()) {
            return publicUrl.get();
        }
        try {
            HttpServletRequest current = request.get();
            StringBuilder origin = new StringBuilder(current.getScheme()).append("://").append(current.getServerName());
            int port = current.getServerPort();
            boolean usual = port == 80 && "http".equals(current.getScheme())
                    || port == 443 && "https".equals(current.getScheme());
            if (!usual) {
                origin.append(':').append(port);
            }
            return origin.append(current.getContextPath()).toString();
        } catch (ContextNotActiveException | IllegalStateException offRequest) {
            return OFF_REQUEST;
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
