package org.educa.config.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Mapped to the content forms' URLs ({@code /course/module/*}, web.xml) only for its multipart configuration: the
 * container reads an upload's body with the configuration of the servlet the original URL maps to, even when the
 * {@link Router} forwards the request to the Faces Servlet. It never answers a request itself, so no URL maps
 * straight to the Faces Servlet but its views, which web.xml refuses to direct requests.
 */
public class UploadsMapping extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
