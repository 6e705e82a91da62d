package org.educa.view.media;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.educa.business.media.MediaObject;
import org.educa.business.media.MediaStorage;
import org.omnifaces.util.Servlets;

/**
 * What Educa's file servlets share: the HTTP of a stored file, the same whichever {@link org.educa.business.media.MediaStore}
 * keeps it. {@code ETag} (the stored name, which never changes its bytes: the same on every instance) and
 * {@code Last-Modified} with their conditional requests ({@code If-None-Match}, {@code If-Modified-Since} → 304;
 * {@code If-Match}, {@code If-Unmodified-Since} → 412), {@code Range} and {@code If-Range} (one range → 206, asked of
 * the store as that range; several ranges are answered with the whole file, as HTTP allows), {@code HEAD}. A file is
 * never a document that may run anything (a sandboxing Content-Security-Policy), and the caching it allows is the
 * subclass's to say ({@link Served#cacheControl}).
 */
abstract class GuardedFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A file to serve and how: its type, inline or as a download under a name, its {@code Cache-Control}. */
    protected record Served(MediaObject file, String contentType, boolean attachment, String attachmentName,
            String cacheControl) {
    }

    @Inject
    transient MediaStorage storage;

    /** The file this request asks for, if it exists and the person asking may have it; none is a 404. */
    protected abstract Optional<Served> find(HttpServletRequest request);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        Optional<Served> found = find(request);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Served served = found.get();
        MediaObject file = served.file();
        String eTag = "\"" + file.key() + "\"";
        long lastModified = file.lastModified().toEpochMilli() / 1000 * 1000; // HTTP dates have whole seconds
        String ifMatch = request.getHeader("If-Match");
        long ifUnmodifiedSince = date(request, "If-Unmodified-Since");
        if (ifMatch != null ? !matches(ifMatch, eTag) : ifUnmodifiedSince != -1 && lastModified > ifUnmodifiedSince) {
            response.sendError(HttpServletResponse.SC_PRECONDITION_FAILED);
            return;
        }
        response.setHeader("Cache-Control", served.cacheControl());
        response.setHeader("ETag", eTag);
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Accept-Ranges", "bytes");
        String ifNoneMatch = request.getHeader("If-None-Match");
        long ifModifiedSince = date(request, "If-Modified-Since");
        if (ifNoneMatch != null ? matches(ifNoneMatch, eTag)
                : ifModifiedSince != -1 && lastModified <= ifModifiedSince) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        ByteRange range = ByteRange.whole(file.size());
        if (request.getHeader("Range") != null && rangeStillApplies(request, eTag, lastModified)) {
            Optional<ByteRange> asked = ByteRange.parse(request.getHeader("Range"), file.size());
            if (asked.isEmpty()) {
                response.setHeader("Content-Range", "bytes */" + file.size());
                response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                return;
            }
            range = asked.get();
            if (range.partial()) {
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", range.contentRange(file.size()));
            }
        }
        response.setContentType(served.contentType());
        response.setHeader("Content-Disposition",
                Servlets.formatContentDispositionHeader(served.attachmentName(), served.attachment()));
        response.setHeader("Content-Length", String.valueOf(range.length()));
        if (head || range.length() == 0) {
            return;
        }
        try (InputStream in = storage.open(file, range.first(), range.length())) {
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
        }
    }

    /** {@code If-Range}: the range is sent only if the file is still the one the client has part of. */
    private static boolean rangeStillApplies(HttpServletRequest request, String eTag, long lastModified) {
        String ifRange = request.getHeader("If-Range");
        if (ifRange == null || ifRange.equals(eTag)) {
            return true;
        }
        long date = date(request, "If-Range");
        return date != -1 && lastModified <= date;
    }

    /** An entity-tag list such as {@code "a", W/"b"} or {@code *} names this tag (weak comparison). */
    private static boolean matches(String header, String eTag) {
        for (String tag : header.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || trimmed.equals(eTag) || trimmed.equals("W/" + eTag)) {
                return true;
            }
        }
        return false;
    }

    /** A date header, or -1 if it is absent or not a date. */
    private static long date(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException notADate) {
            return -1;
        }
    }
}
