package org.educa.view.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.media.CoverAccess;
import org.educa.business.media.CoverAccess.Cover;
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

    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,18})/([0-9a-f]{32}\\.(?:png|jpg|webp))");
    private static final long YEAR_SECONDS = 31_536_000;
    private static final String FOUND = CoverServlet.class.getName() + ".found";

    @Inject
    CoverAccess covers;

    @Inject
    ActiveUser activeUser;

    @Override
    protected File getFile(HttpServletRequest request) {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            return null;
        }
        Optional<Cover> cover = covers.find(Long.parseLong(path.group(1)), path.group(2), activeUser.getId(),
                activeUser.getRoles());
        if (cover.isEmpty()) {
            return null;
        }
        request.setAttribute(FOUND, cover.get());
        return cover.get().file().toFile();
    }

    @Override
    protected String getContentType(HttpServletRequest request, File file) {
        return found(request).mediaType();
    }

    @Override
    protected boolean isAttachment(HttpServletRequest request, String contentType) {
        return false;
    }

    @Override
    protected long getExpireTime(HttpServletRequest request, File file) {
        return found(request).published() ? YEAR_SECONDS : 0;
    }

    private static Cover found(HttpServletRequest request) {
        return (Cover) request.getAttribute(FOUND);
    }

    /** A published course's cover is everyone's for a year; a draft's is asked for again each time, privately. */
    @Override
    protected String cacheControl(HttpServletRequest request) {
        boolean published = request.getAttribute(FOUND) instanceof Cover found && found.published();
        return published ? "public, max-age=" + YEAR_SECONDS + ", immutable" : "private, no-cache";
    }
}
