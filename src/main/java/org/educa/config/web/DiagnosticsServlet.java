package org.educa.config.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.educa.config.database.StatementCounter;

/**
 * {@code GET /diagnostics/sql}: how many SQL statements Educa has run since it started, and {@code GET
 * /diagnostics/log}: how many warnings and stack traces the server has logged ({@link LogCounter}), for the tests and
 * the benchmark to compare before and after a request. Answers 404 unless {@code educa.diagnostics.enabled} is true.
 */
@WebServlet({"/diagnostics/sql", "/diagnostics/log"})
public class DiagnosticsServlet extends HttpServlet {

    @Inject
    @ConfigProperty(name = "educa.diagnostics.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print("/diagnostics/log".equals(request.getServletPath()) ? LogCounter.counts()
                : String.valueOf(StatementCounter.executed()));
    }
}
