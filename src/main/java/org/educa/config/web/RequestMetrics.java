package org.educa.config.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.educa.view.Routes;

/**
 * Counts and times every request by the page it is, for operators ({@code educa_requests_seconds} with a
 * {@code route} tag, {@code educa_responses_total} with {@code route} and {@code status}: README "Metrics"), on the
 * management port only. A page is named by its route ({@link Routes}: {@code catalog}, {@code course.overview},
 * {@code students.module} …), never by its URL, so the figures stay a fixed, small set whatever addresses are asked
 * for; requests for no route are {@code resource} (Faces resources), {@code servlet:<Name>} (Educa's own servlets:
 * media, covers, readiness …) or {@code none} (404s, redirects to the path with its slash). A page served from the
 * page cache is counted under its route as well. Runs right after {@link RequestIds} (web.xml), so its time is the
 * whole of Educa's work on the request.
 */
@WebFilter(filterName = "requestMetrics")
public class RequestMetrics extends HttpFilter {

    static final String RESOURCE = "resource";
    static final String NONE = "none";

    private static final Metadata REQUESTS = Metadata.builder().withName("educa.requests")
            .withDescription("Requests and their time in Educa, by route (the page's name, never its URL)")
            .withUnit(MetricUnits.NANOSECONDS).build();
    private static final Metadata RESPONSES = Metadata.builder().withName("educa.responses")
            .withDescription("Responses by route and status class (2xx, 3xx, 4xx, 5xx)").build();
    private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

    @Inject
    MetricRegistry metrics;

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> responses = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            String route = route(request);
            timers.computeIfAbsent(route, name -> metrics.timer(REQUESTS, new Tag("route", name)))
                    .update(Duration.ofNanos(System.nanoTime() - start));
            String status = statusClass(failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus());
            responses.computeIfAbsent(route + " " + status,
                    key -> metrics.counter(RESPONSES, new Tag("route", route), new Tag("status", status))).inc();
        }
    }

    /** The name the request is counted under. */
    static String route(HttpServletRequest request) {
        if (request.getAttribute(Routes.CURRENT) instanceof String name) {
            return name;
        }
        String path = RequestPaths.canonical(request).orElse(null);
        if (path == null) {
            return NONE;
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return RESOURCE;
        }
        if (!path.toLowerCase().contains(".xhtml")) {
            var match = Routes.find(path);
            if (match.isPresent()) {
                return match.get().route().name();
            }
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping != null && mapping.getServletName() != null && !Router.NOT_FOR_DIRECT_REQUESTS.contains(mapping.getServletName())) {
            String servlet = mapping.getServletName();
            return "servlet:" + servlet.substring(servlet.lastIndexOf('.') + 1);
        }
        return NONE;
    }

    static String statusClass(int status) {
        int hundreds = status / 100;
        return hundreds >= 1 && hundreds <= 5 ? STATUS_CLASSES[hundreds - 1] : "other";
    }
}
