package org.educa.view.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.educa.business.media.MediaAccess;
import org.educa.business.media.MediaStorage;
import org.educa.view.ActiveUser;

/**
 * {@code /media/{name}}: streams an uploaded file or image to the people who may see its course (enrolled students,
 * the owner, administrators) and answers 404 to everyone else. Images that browsers can show safely are inline;
 * everything else is a download, and browsers are told not to guess types. {@link GuardedFileServlet} does the HTTP:
 * {@code Range} (resumed downloads, seeking), {@code ETag} and {@code Last-Modified} with their conditional requests
 * (304), {@code HEAD}; a browser keeps a file privately for an hour.
 */
@WebServlet("/media/*")
public class MediaServlet extends GuardedFileServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    private static final long MAX_AGE_SECONDS = 3600;

    @Inject
    transient MediaAccess access;

    @Inject
    transient ActiveUser activeUser;

    /**
     * The file, if its name is one the storage makes, this user may see its course (asked of the database first, so a
     * stranger's guess costs the store nothing) and the store has it; else none, which is a 404.
     */
    @Override
    protected Optional<Served> find(HttpServletRequest request) {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!MediaStorage.isStoredName(name)) {
            return Optional.empty();
        }
        return access.find(name, activeUser.getId(), activeUser.getRoles()).flatMap(stored -> {
            boolean inline = INLINE_TYPES.contains(stored.mediaType());
            // a course's files are only for its people: a browser keeps them privately for an hour, no shared cache
            return storage.find(name).map(file -> new Served(file, inline ? stored.mediaType()
                    : "application/octet-stream", !inline, stored.originalName(), "private, max-age=" + MAX_AGE_SECONDS));
        });
    }
}
