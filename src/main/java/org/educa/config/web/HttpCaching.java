package org.educa.config.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The HTTP caching of the pages that are the same for every visitor ({@link PageCacheFilter}): their entity tag, the
 * comparison with a client's {@code If-None-Match}, and their {@code Cache-Control}.
 *
 * <p>The tag is strong and names the exact bytes sent: the first 128 bits of their SHA-256 in base64url, quoted (a
 * page is never sent in another encoding by Educa, and the language is part of the bytes: {@code <html lang=…>}).
 * It is computed once, when a page is put in the site cache, so a hit only compares strings.
 */
final class HttpCaching {

    /** Bytes of the SHA-256 an entity tag keeps: 128 bits, 22 characters. */
    private static final int TAG_BYTES = 16;

    private HttpCaching() {
    }

    /** The strong entity tag of these bytes, quoted as the {@code ETag} header writes it. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            byte[] kept = Arrays.copyOf(digest, TAG_BYTES);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(kept) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * Whether {@code If-None-Match} (all its header lines) names the page with entity tag {@code etag}, as RFC 9110
     * (13.1.2) says: {@code *}, or a list of entity tags of which one matches by the weak comparison ({@code W/"x"}
     * matches {@code "x"}). Anything that is not an entity tag ends the list as it is: the page is sent, which is
     * always right.
     */
    static boolean matches(Enumeration<String> ifNoneMatch, String etag) {
        List<String> lines = ifNoneMatch == null ? List.of() : Collections.list(ifNoneMatch);
        return lines.stream().anyMatch(line -> matches(line, etag));
    }

    /** One {@code If-None-Match} value (see above). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String value = ifNoneMatch;
        int at = 0;
        while (true) {
            at = skipSeparators(value, at);
            if (at >= value.length()) {
                return false;
            }
            if (value.charAt(at) == '*') {
                return true;
            }
            if (value.startsWith("W/", at)) {
                at += 2;
            }
            if (at >= value.length() || value.charAt(at) != '"') {
                return false; // not an entity tag
            }
            int end = value.indexOf('"', at + 1);
            if (end < 0) {
                return false;
            }
            if (value.substring(at, end + 1).equals(etag)) {
                return true;
            }
            at = end + 1;
        }
    }

    private static int skipSeparators(String value, int from) {
        int at = from;
        while (at < value.length() && (value.charAt(at) == ',' || value.charAt(at) == ' ' || value.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /**
     * {@code Cache-Control} of a page that is the same for every visitor: {@code public, max-age=N}, or
     * {@code no-cache} (kept, but asked again each time) for 0.
     */
    static String cacheControl(int maxAgeSeconds) {
        return maxAgeSeconds <= 0 ? "no-cache" : "public, max-age=" + maxAgeSeconds;
    }
}
