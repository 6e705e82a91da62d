package org.educa.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The response every request is served with ({@link SecurityHeaders} wraps it first, and the router and Faces pass it
 * on): text types get {@code charset=UTF-8}, binary types none; a response to a request with an HTTP session is never
 * made cacheable by a shared cache, whatever the code behind asks for; redirects name a path on this site, never
 * the host the request's {@code Host} header claims; and the session cookie gets {@code SameSite=Lax}.
 *
 * <p>SameSite: the container writes the session cookie's {@code Set-Cookie} header itself, past any wrapper, and
 * Payara Micro 6 leaves out the SameSite attribute of the session cookie configuration (unless its HTTP listener is
 * told to add one). So before anything can commit the response the header is rewritten with {@code SameSite=Lax} if
 * it has no SameSite: at a flush, a redirect or error and the end of the request, and at each write while a session
 * was made or given a new id on this request's thread ({@link SessionCookies} says so) and the response is not yet
 * committed. A session created after the response is committed gets no cookie at all, so none is missed.
 */
final class HardenedResponse extends HttpServletResponseWrapper {

    /** What pages and other responses of a session (or that may have one) send. */
    static final String PRIVATE = "private, no-store";

    private final HttpServletRequest request;
    private final boolean guardCaching;
    private final String sessionCookie;
    private boolean redirected;
    private boolean committed;
    /** A session cookie may have been added since the last check (a session made or given a new id). */
    private boolean sessionCookiePending;
    private ServletOutputStream stream;
    private PrintWriter writer;

    /** {@code guardCaching} false leaves Cache-Control to the code behind (Faces resources). */
    HardenedResponse(HttpServletRequest request, HttpServletResponse response, boolean guardCaching) {
        super(response);
        this.request = request;
        this.guardCaching = guardCaching;
        String name = request.getServletContext().getSessionCookieConfig().getName();
        this.sessionCookie = (name == null ? "JSESSIONID" : name) + "=";
        this.sessionCookiePending = response.containsHeader("Set-Cookie");
    }

    /** A session was made or given a new id on this request: its cookie comes next. */
    void sessionCookieComing() {
        sessionCookiePending = true;
    }

    boolean isSessionCookiePending() {
        return sessionCookiePending;
    }

    /** Before a write: checks the header only if a session cookie may have come since the last check. */
    private void beforeWrite() {
        if (sessionCookiePending) {
            beforeCommit();
        }
    }

    // --- SameSite on the session cookie ---

    /** Adds {@code SameSite=Lax} to the session cookie's header if it has none; call while not committed. */
    void beforeCommit() {
        if (committed) {
            return;
        }
        if (super.isCommitted()) {
            committed = true;
            return;
        }
        sessionCookiePending = false;
        Collection<String> cookies = getHeaders("Set-Cookie");
        if (cookies.stream().noneMatch(this::lacksSameSite)) {
            return;
        }
        List<String> fixed = cookies.stream().map(c -> lacksSameSite(c) ? c + "; SameSite=Lax" : c).toList();
        super.setHeader("Set-Cookie", fixed.get(0));
        fixed.subList(1, fixed.size()).forEach(cookie -> super.addHeader("Set-Cookie", cookie));
    }

    private boolean lacksSameSite(String cookie) {
        return cookie.startsWith(sessionCookie) && !cookie.toLowerCase(Locale.ROOT).contains("samesite=");
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    beforeWrite();
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    beforeWrite();
                    out.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    beforeCommit();
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    beforeCommit();
                    out.close();
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public void flushBuffer() throws IOException {
        beforeCommit();
        super.flushBuffer();
    }

    @Override
    public void sendError(int sc) throws IOException {
        beforeCommit();
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        beforeCommit();
        super.sendError(sc, msg);
    }

    // --- charset on text only ---

    /** Adds {@code charset=UTF-8} to a text type that has none; other types are left as they are. */
    static String withCharset(String type) {
        if (type == null || !isText(type) || type.toLowerCase(Locale.ROOT).contains("charset")) {
            return type;
        }
        return type + ";charset=UTF-8";
    }

    static boolean isText(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        int semicolon = lower.indexOf(';');
        String media = (semicolon < 0 ? lower : lower.substring(0, semicolon)).trim();
        return media.startsWith("text/") || media.endsWith("+xml") || media.endsWith("+json")
                || media.equals("application/xml") || media.equals("application/json")
                || media.equals("application/javascript");
    }

    @Override
    public void setContentType(String type) {
        super.setContentType(withCharset(type));
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String type = getContentType();
            if (type == null || isText(type) && !type.toLowerCase(Locale.ROOT).contains("charset")) {
                setCharacterEncoding("UTF-8"); // a body written as characters is UTF-8 unless its type says otherwise
            }
            writer = new PrintWriter(super.getWriter()) {
                @Override
                public void write(int c) {
                    beforeWrite();
                    super.write(c);
                }

                @Override
                public void write(char[] buf, int off, int len) {
                    beforeWrite();
                    super.write(buf, off, len);
                }

                @Override
                public void write(String s, int off, int len) {
                    beforeWrite();
                    super.write(s, off, len);
                }

                @Override
                public void flush() {
                    beforeCommit();
                    super.flush();
                }

                @Override
                public void close() {
                    beforeCommit();
                    super.close();
                }
            };
        }
        return writer;
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, filtered(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
        if ("Cache-Control".equalsIgnoreCase(name)) {
            setHeader(name, value); // one Cache-Control, decided here
        } else {
            super.addHeader(name, filtered(name, value));
        }
    }

    private String filtered(String name, String value) {
        if ("Content-Type".equalsIgnoreCase(name)) {
            return withCharset(value);
        }
        if (guardCaching && "Cache-Control".equalsIgnoreCase(name) && sharedCacheable(value) && hasSession()) {
            return PRIVATE;
        }
        return value;
    }

    /** Whether a Cache-Control value lets a shared cache (a proxy, a CDN) keep the response. */
    static boolean sharedCacheable(String value) {
        String lower = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return !lower.contains("private") && !lower.contains("no-store");
    }

    private boolean hasSession() {
        return request.getRequestedSessionId() != null || request.getSession(false) != null;
    }

    // --- redirects ---

    /**
     * Redirects to {@code location} as a path on this site. The container would make a relative location absolute
     * with the host of the request's {@code Host} header, which the client chose; an absolute location built from
     * that header (as frameworks do) loses its scheme and host here. Absolute locations on another host are kept.
     */
    @Override
    public void sendRedirect(String location) throws IOException {
        if (isCommitted()) {
            throw new IllegalStateException("Cannot redirect: the response is committed");
        }
        resetBuffer();
        setStatus(SC_FOUND);
        setHeader("Location", local(location, request));
        beforeCommit();
        redirected = true;
    }

    /** After a redirect the response counts as complete, as the Servlet specification says. */
    @Override
    public boolean isCommitted() {
        return redirected || super.isCommitted();
    }

    static String local(String location, HttpServletRequest request) {
        try {
            URI uri = new URI(location);
            if (uri.getRawAuthority() != null) {
                return isThisHost(uri, request) ? pathOf(uri) : location;
            }
            if (location.startsWith("/")) {
                return location;
            }
            return pathOf(new URI(request.getRequestURI()).resolve(uri));
        } catch (URISyntaxException e) {
            return location; // not parseable: browsers resolve a relative Location against the page's address
        }
    }

    private static boolean isThisHost(URI uri, HttpServletRequest request) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return request.getServerName().equalsIgnoreCase(uri.getHost()) && port == request.getServerPort();
    }

    private static String pathOf(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path.replaceFirst("^/+", "/") + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
