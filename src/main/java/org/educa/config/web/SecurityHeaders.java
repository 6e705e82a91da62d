package org.educa.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * Puts the browser's protections on every response, before anything else runs (first filter in web.xml, also on
 * error dispatches): a Content-Security-Policy, no framing, no type sniffing, a strict referrer policy, HSTS over
 * HTTPS, and a charset on every HTML response. The headers are the same for everyone, so a page served from the
 * page cache gets exactly the headers of a freshly rendered one.
 *
 * <p>Scripts: PrimeFaces' CSP mode ({@code primefaces.CSP}) renders a fresh nonce into each page, which cannot work
 * with whole-page caching (a cached body would carry an old nonce) nor with Mojarra's own inline handlers, so
 * {@code script-src} allows inline scripts of this origin; everything else is locked down: no plugins, no foreign
 * scripts or frames (except the two video players), no {@code <base>}, forms post only here, never framed.
 */
@WebFilter(filterName = "securityHeaders")
public class SecurityHeaders extends HttpFilter {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setCharacterEncoding("UTF-8"); // also for the bodies the container writes (redirects, errors)
        chain.doFilter(request, new CharsetOnHtml(response));
    }

    /** Adds {@code charset=UTF-8} to an HTML content type that has none. */
    static String withCharset(String type) {
        if (type == null) {
            return null;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith("text/html") && !lower.contains("charset") ? type + ";charset=UTF-8" : type;
    }

    private static final class CharsetOnHtml extends HttpServletResponseWrapper {

        CharsetOnHtml(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(withCharset(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }
    }
}
