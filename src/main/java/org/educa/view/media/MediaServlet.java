package org.educa.view.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.educa.business.media.MediaAccess;
import org.educa.business.media.MediaStorage;
import org.educa.model.StoredFile;
import org.educa.view.ActiveUser;
import org.omnifaces.servlet.FileServlet;

/**
 * {@code /media/{name}}: streams an uploaded file or image to the people who may see its course (enrolled students,
 * the owner, administrators) and answers 404 to everyone else. Images that browsers can show safely are inline;
 * everything else is a download, and browsers are told not to guess types. OmniFaces' {@link FileServlet} does the
 * HTTP: {@code Range} (resumed downloads, seeking), {@code ETag} and {@code Last-Modified} with their conditional
 * requests (304), {@code HEAD} ({@link GuardedFileServlet}); a browser keeps a file privately for an hour.
 */
@WebServlet("/media/*")
public class MediaServlet extends GuardedFileServlet {

    private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    private static final long MAX_AGE_SECONDS = 3600;
    /** Request attribute: the stored file {@link #getFile} found, for the headers. */
    private static final String FOUND = MediaServlet.class.getName() + ".found";

    @Inject
    MediaAccess access;

    @Inject
    MediaStorage storage;

    @Inject
    ActiveUser activeUser;

    /** The file, if it is one the storage made and this user may see its course; else none, which is a 404. */
    @Override
    protected File getFile(HttpServletRequest request) {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Path> path = storage.find(name);
        Optional<StoredFile> file = path.isEmpty() ? Optional.empty()
                : access.find(name, activeUser.getId(), activeUser.getRoles());
        if (file.isEmpty()) {
            return null;
        }
        request.setAttribute(FOUND, file.get());
        return path.get().toFile();
    }

    @Override
    protected String getContentType(HttpServletRequest request, File file) {
        String type = found(request).mediaType();
        return INLINE_TYPES.contains(type) ? type : "application/octet-stream";
    }

    @Override
    protected boolean isAttachment(HttpServletRequest request, String contentType) {
        return !INLINE_TYPES.contains(contentType);
    }

    @Override
    protected String getAttachmentName(HttpServletRequest request, File file) {
        return found(request).originalName();
    }

    @Override
    protected long getExpireTime(HttpServletRequest request, File file) {
        return MAX_AGE_SECONDS;
    }

    private static StoredFile found(HttpServletRequest request) {
        return (StoredFile) request.getAttribute(FOUND);
    }

    /** A course's files are only for its people: a browser keeps them privately for an hour, no shared cache. */
    @Override
    protected String cacheControl(HttpServletRequest request) {
        return "private, max-age=" + MAX_AGE_SECONDS;
    }
}
