package org.educa.view;

import java.util.regex.Pattern;

/** Decides whether a {@code next} address may be followed: only paths on this site, never another host. */
public final class SafeRedirect {

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    private SafeRedirect() {
    }

    /** The path if it is one of this site's ({@code /course/x/}), else the fallback. */
    public static String localOr(String next, String fallback) {
        return next != null && next.length() <= 2000 && LOCAL_PATH.matcher(next).matches() && !next.contains("://")
                ? next : fallback;
    }
}
