package org.educa.view.media;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.omnifaces.servlet.FileServlet;

/**
 * What Educa's file servlets share. OmniFaces' {@link FileServlet} does the HTTP ({@code Range}, {@code ETag} and
 * {@code Last-Modified} with their conditional requests, {@code HEAD}); where its defaults do not suit Educa, this
 * class decides: a file is never a document that may run anything (a sandboxing Content-Security-Policy), its
 * {@code reset()} would drop the headers the filters set (the security headers, a session cookie), and the caching a
 * file allows is the subclass's to say ({@link #cacheControl}), not {@code public} for every file.
 */
abstract class GuardedFileServlet extends FileServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        super.service(request, new GuardedResponse(request, response));
    }

    /** The {@code Cache-Control} of the file this request asked for ({@code getFile} has found it, or not). */
    protected abstract String cacheControl(HttpServletRequest request);

    private final class GuardedResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        GuardedResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void reset() {
            resetBuffer();
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, cacheControl(request));
            } else if (!"Pragma".equalsIgnoreCase(name)) { // FileServlet's empty Pragma says nothing
                super.setHeader(name, value);
            }
        }
    }
}
