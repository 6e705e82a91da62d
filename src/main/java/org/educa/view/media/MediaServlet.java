package org.educa.view.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.educa.business.media.MediaAccess;
import org.educa.business.media.MediaStorage;
import org.educa.model.StoredFile;
import org.educa.view.ActiveUser;

/**
 * {@code /media/{name}}: streams an uploaded file or image to the people who may see its course (enrolled students,
 * the owner, administrators) and answers 404 to everyone else. Images that browsers can show safely are inline;
 * everything else is a download, and browsers are told not to guess types.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    @Inject
    MediaAccess access;

    @Inject
    MediaStorage storage;

    @Inject
    ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Path> path = storage.find(name);
        Optional<StoredFile> file = path.isEmpty() ? Optional.empty()
                : access.find(name, activeUser.getId(), activeUser.getRoles());
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = file.get().mediaType();
        boolean inline = INLINE_TYPES.contains(type);
        response.setContentType(inline ? type : "application/octet-stream");
        response.setContentLengthLong(Files.size(path.get()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.get().originalName(), StandardCharsets.UTF_8).replace("+", "%20"));
        Files.copy(path.get(), response.getOutputStream());
    }
}
