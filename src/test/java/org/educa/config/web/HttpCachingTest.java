package org.educa.config.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity tags of the shared pages, {@code If-None-Match} as RFC 9110 reads it, and their Cache-Control. */
class HttpCachingTest {

    private static final String TAG = HttpCaching.etag("<html lang=\"en\">catalog</html>".getBytes(StandardCharsets.UTF_8));

    @Test
    void aTagIsAStrongQuotedHashOfTheExactBytes() {
        assertTrue(TAG.matches("\"[A-Za-z0-9_-]{22}\""), TAG);
        assertEquals(TAG, HttpCaching.etag("<html lang=\"en\">catalog</html>".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(TAG, HttpCaching.etag("<html lang=\"es\">catalog</html>".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(TAG, HttpCaching.etag("<html lang=\"en\">catalog</html> ".getBytes(StandardCharsets.UTF_8)),
                "one byte more is another tag");
    }

    @Test
    void theTagItselfAListNamingItOrAStarMatch() {
        for (String header : List.of(TAG, " " + TAG + " ", "\"other\", " + TAG, TAG + ",\"other\"",
                "\"a\",,\t" + TAG, "*", "W/" + TAG, "\"x\", W/" + TAG, "\"has,comma\", " + TAG)) {
            assertTrue(HttpCaching.matches(header, TAG), header);
        }
    }

    @Test
    void anotherTagOrSomethingThatIsNoTagDoesNot() {
        String bare = TAG.substring(1, TAG.length() - 1);
        for (String header : List.of("", " ", "\"other\"", "W/\"other\"", bare, "w/" + TAG, "\"" + bare,
                "\"" + bare + "x\"", "\"x" + bare + "\"", "\"a\", " + bare + ", " + TAG, "\"a" + TAG)) {
            assertFalse(HttpCaching.matches(header, TAG), header);
        }
        assertFalse(HttpCaching.matches((String) null, TAG));
        assertFalse(HttpCaching.matches("*", null), "a page without a tag is never a 304");
    }

    @Test
    void everyHeaderLineCounts() {
        assertTrue(HttpCaching.matches(Collections.enumeration(List.of("\"a\"", TAG)), TAG));
        assertFalse(HttpCaching.matches(Collections.enumeration(List.of("\"a\"", "\"b\"")), TAG));
        assertFalse(HttpCaching.matches(Collections.emptyEnumeration(), TAG));
        assertFalse(HttpCaching.matches((java.util.Enumeration<String>) null, TAG));
    }

    @Test
    void zeroSecondsIsNoCacheAnythingElseAPublicMaxAge() {
        assertEquals("public, max-age=60", HttpCaching.cacheControl(60));
        assertEquals("public, max-age=1", HttpCaching.cacheControl(1));
        assertEquals("no-cache", HttpCaching.cacheControl(0));
        assertEquals("no-cache", HttpCaching.cacheControl(-5), "a negative setting is taken as 0");
    }
}
