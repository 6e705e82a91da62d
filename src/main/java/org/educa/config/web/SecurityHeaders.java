package org.educa.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the browser's protections on every response, before anything else runs (first filter in web.xml, also on
 * error dispatches): a Content-Security-Policy, no framing, no type sniffing, a strict referrer policy, HSTS over
 * HTTPS, {@code Cache-Control: private, no-store} unless a page is the same for every visitor, and a charset on text
 * types. The headers are the same for everyone, so a page served from the page cache gets exactly the headers of a
 * freshly rendered one. The response is passed on as a {@link HardenedResponse}: charset only on text, no shared
 * caching of a session's responses, redirects to paths on this site.
 *
 * <p>Scripts: PrimeFaces' CSP mode ({@code primefaces.CSP}) renders a fresh nonce into each page, which cannot work
 * with whole-page caching (a cached body would carry an old nonce) nor with Mojarra's own inline handlers, so
 * {@code script-src} allows inline scripts of this origin; everything else is locked down: no plugins, no foreign
 * scripts or frames (except the two video players), no {@code <base>}, forms post only here, never framed. Images
 * come from this site or from {@code blob:} addresses, which the page makes itself: PrimeFaces' upload draws its
 * preview from {@code URL.createObjectURL(file)}. No {@code data:} images (no page or theme of Educa needs one).
 *
 * <p>Caching: every response starts as {@code private, no-store}; the code behind may say otherwise (media are
 * {@code private, max-age=3600}, the anonymous catalog and overview pages {@code public, max-age=60} with an
 * {@code ETag}, see {@code PageCacheFilter}), but never make a response to a request with a session cacheable by a
 * shared cache. Faces resources ({@code /jakarta.faces.resource/}) keep the caching headers Faces gives them.
 */
@WebFilter(filterName = "securityHeaders")
public class SecurityHeaders extends HttpFilter {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final String RESOURCES = "/jakarta.faces.resource/";

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
        boolean resource = isResource(request);
        if (!resource) {
            response.setHeader("Cache-Control", HardenedResponse.PRIVATE);
        }
        HardenedResponse hardened = new HardenedResponse(request, response, !resource);
        HardenedResponse outer = SessionCookies.serve(hardened);
        try {
            chain.doFilter(request, hardened);
            hardened.beforeCommit(); // a session made by a response without a body (a sign-in's redirect)
        } finally {
            SessionCookies.restore(hardened, outer);
        }
    }

    /** On the decoded path, as the container maps it (the raw URI can be spelled around a prefix). */
    private static boolean isResource(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(RESOURCES);
    }
}
