package org.educa.config.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id, the first thing Educa does with it (first filter in web.xml, also on error dispatches):
 * the one a proxy or load balancer sent in {@code X-Request-Id} when it is sane (1 to 128 letters, digits and
 * {@code . _ : = + / -}: nothing that could break a log line, a JSON string or a header), otherwise one made up here
 * (32 hex digits, as nginx's {@code $request_id}). The id is returned in {@code X-Request-Id} and, while the request
 * runs, every line logged on its thread carries it ({@link RequestIdFormatter}: {@code "RequestId"} in the JSON log,
 * {@code [requestId: …]} in the text log), Educa's own lines and the libraries' and Payara's alike.
 */
@WebFilter(filterName = "requestIds")
@WebListener
public class RequestIds extends HttpFilter implements ServletContextListener {

    private static final HexFormat HEX = HexFormat.of();

    public static final String HEADER = "X-Request-Id";

    /** Request attribute: the request's id, for its error dispatch (a second pass through this filter). */
    static final String ATTRIBUTE = "educa.requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:=+/-]{1,128}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        RequestIdFormatter.install();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        RequestIdFormatter.uninstall();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request.getAttribute(ATTRIBUTE) instanceof String kept
                && request.getDispatcherType() != DispatcherType.REQUEST ? kept : of(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        String outer = CURRENT.get();
        CURRENT.set(id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The id of the request this thread is serving, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The incoming id if it is sane, else a new one. */
    static String of(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : made();
    }

    /** 32 hex digits; {@code HexFormat} rather than {@code String.format}, which took 2 % of a cached page's time. */
    private static String made() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
