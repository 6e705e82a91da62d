package org.educa.config.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The public probes for load balancers and Kubernetes, on the public port: {@code GET /health/ready} (and its older
 * name {@code /ready}) runs Educa's readiness checks (database, migrations, data grid), {@code GET /health/live} its
 * liveness check (the JVM), and answers {@code UP} (200) when all are up, {@code DOWN} (503) otherwise: plain text,
 * never cached, no session, no detail of which check failed. The same checks, with their details, are in Payara's
 * MicroProfile Health on the management port only (server-config/pre-boot-management.asadmin, docs/operations.md).
 * A change of answer is logged once, with the checks that are down.
 */
@WebServlet({"/ready", "/health/ready", "/health/live"})
public class ProbeServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ProbeServlet.class.getName());

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    Instance<HealthCheck> liveness;

    private final ConcurrentMap<String, Boolean> wasUp = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean live = "/health/live".equals(request.getServletPath());
        String probe = live ? "live" : "ready";
        List<String> down = down(live ? liveness : readiness);
        boolean up = down.isEmpty();
        Boolean before = wasUp.put(probe, up);
        if (before == null ? !up : before != up) {
            LOG.log(up ? Level.INFO : Level.WARNING, up ? "Probe " + probe + ": UP again"
                    : "Probe " + probe + ": DOWN, checks down: " + String.join(", ", down));
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(up ? "UP" : "DOWN");
    }

    /** The names of the checks that are down (a check that fails is down under its class's name). */
    private static List<String> down(Instance<HealthCheck> checks) {
        List<String> down = new ArrayList<>();
        if (checks.isUnsatisfied()) {
            down.add("no checks found"); // never UP by default
        }
        for (Instance.Handle<HealthCheck> handle : checks.handles()) {
            try {
                HealthCheckResponse answer = handle.get().call();
                if (answer.getStatus() != HealthCheckResponse.Status.UP) {
                    down.add(answer.getName());
                }
            } catch (RuntimeException e) {
                down.add(handle.getBean().getBeanClass().getSimpleName());
                LOG.log(Level.FINE, "Health check failed", e);
            }
        }
        return down;
    }
}
