package org.educa.view.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes {@code first} to {@code last} (inclusive) of a file, as a {@code Range} header asks for them.
 *
 * @param first   the first byte's offset
 * @param last    the last byte's offset
 * @param partial whether this is the part a {@code Range} header asked for (a 206), not the whole file (a 200)
 */
record ByteRange(long first, long last, boolean partial) {

    private static final Pattern ONE_RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    static ByteRange whole(long size) {
        return new ByteRange(0, size - 1, false);
    }

    /**
     * The range a {@code Range} header asks of a file of that size: the whole file when the header is not one range
     * of bytes that Educa answers with a part (several ranges, another unit, a malformed one: HTTP lets a server
     * ignore those); none when it cannot be satisfied (it starts past the end), which is a 416.
     */
    static Optional<ByteRange> parse(String header, long size) {
        Matcher range = ONE_RANGE.matcher(header.trim());
        if (!range.matches() || range.group(1).isEmpty() && range.group(2).isEmpty()) {
            return Optional.of(whole(size));
        }
        if (range.group(1).isEmpty()) { // the last n bytes
            long suffix = Long.parseLong(range.group(2));
            return suffix == 0 || size == 0 ? Optional.empty()
                    : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, true));
        }
        long first = Long.parseLong(range.group(1));
        long last = range.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(range.group(2)), size - 1);
        if (!range.group(2).isEmpty() && Long.parseLong(range.group(2)) < first) {
            return Optional.of(whole(size)); // not a valid range: ignored
        }
        return first >= size ? Optional.empty() : Optional.of(new ByteRange(first, last, true));
    }

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }
}
