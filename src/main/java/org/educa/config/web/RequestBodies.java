package org.educa.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Reads a POST's form fields (and, for the upload forms, its multipart parts) before anything else does, so that a
 * body the container will not read is answered here and quietly, instead of failing inside Faces with a 500 and
 * stack traces: over the container's size limit it is 413 (HTTP listener {@code max-post-size-bytes}, 2 MB by
 * default, for forms; web.xml's {@code max-request-size} for uploads), malformed (a broken multipart body, say) 400.
 * Both get their error page and count towards one rate-limited log line ({@link RefusedRequests}); Grizzly itself
 * adds one line without a stack trace for a form over its limit. Runs after {@code SecurityHeaders} (web.xml).
 *
 * <p>Form fields are read as UTF-8 unless the request names its charset: Educa's pages are UTF-8, so that is what
 * browsers send (Faces would set the same, but only once the fields are read here it would be too late).
 */
@WebFilter(filterName = "requestBodies")
public class RequestBodies extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding("UTF-8");
            }
            try {
                request.getParameterMap();
            } catch (RuntimeException unreadable) {
                boolean tooLarge = isSizeLimit(unreadable);
                RefusedRequests.count(tooLarge ? "request body over the container's size limit"
                        : "request body that cannot be read", request.getMethod(), request.getRequestURI(),
                        unreadable);
                response.sendError(tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                        : HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Grizzly refuses a form over {@code max-post-size-bytes} with an {@code IllegalStateException} ("Post too
     * large"); Payara's multipart parser a body or file over web.xml's limits with a RuntimeException around a
     * ServletException ("the request was rejected because its size (…) exceeds the configured maximum (…)") or an
     * IllegalStateException around its SizeException. Other failures to read a body (a malformed multipart body: a
     * RuntimeException around the parser's IOException) are no size limit.
     */
    static boolean isSizeLimit(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IllegalStateException || cause.getClass().getSimpleName().startsWith("Size")
                    || cause instanceof ServletException && String.valueOf(cause.getMessage()).contains(" exceeds ")) {
                return true;
            }
        }
        return false;
    }
}
