package org.educa.view.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.media.CoverAccess;
import org.educa.view.ActiveUser;

/**
 * {@code /media/covers/{course}/{hash}.{ext}}: a course's cover image. The name is the image's content hash, so the
 * URL of a published course's cover never changes its bytes and is cached by everyone for a year ({@code public,
 * max-age=31536000, immutable}); a changed cover has a new URL and the old one is a 404. A draft's cover is only its
 * owner's and administrators' ({@code private}, asked again each time) and a 404 for everyone else ({@link CoverAccess}
 * decides). {@link GuardedFileServlet} does the HTTP.
 */
@WebServlet("/media/covers/*")
public class CoverServlet extends GuardedFileServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,18})/([0-9a-f]{32}\\.(?:png|jpg|webp))");
    private static final long YEAR_SECONDS = 31_536_000;

    @Inject
    transient CoverAccess covers;

    @Inject
    transient ActiveUser activeUser;

    @Override
    protected Optional<Served> find(HttpServletRequest request) {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            return Optional.empty();
        }
        String name = path.group(2);
        // a published course's cover is everyone's for a year; a draft's is asked for again each time, privately
        return covers.find(Long.parseLong(path.group(1)), name, activeUser.getId(), activeUser.getRoles())
                .map(cover -> new Served(cover.file(), cover.mediaType(), false, name, cover.published()
                        ? "public, max-age=" + YEAR_SECONDS + ", immutable" : "private, no-cache"));
    }
}
