package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.educa.business.authoring.Slugs;
import org.junit.jupiter.api.Test;

/** Course slugs: suggested from titles, and checked against Subject.SLUG_PATTERN. */
class AuthoringSlugsTest {

    @Test
    void titlesBecomeSlugs() {
        assertEquals("python-for-beginners", Slugs.suggest("Python for Beginners"));
        assertEquals("cafe-creme-101", Slugs.suggest("  Café & Crème: 101! "));
        assertEquals("calculus-i-limits", Slugs.suggest("Calculus I -- Limits"));
        assertEquals("", Slugs.suggest("!!! ???"));
        assertEquals("", Slugs.suggest(null));
    }

    @Test
    void longTitlesAreCutWithoutATrailingHyphen() {
        String slug = Slugs.suggest("a".repeat(199) + " bcd");
        assertEquals(199, slug.length());
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void suggestionsAreValidSlugs() {
        for (String title : new String[] {"Jakarta EE Web Applications", "Ünïcödé Ωmega 42", "x"}) {
            assertTrue(Slugs.isValid(Slugs.suggest(title)), title);
        }
    }

    @Test
    void invalidSlugsAreRefused() {
        for (String slug : new String[] {"", "Upper", "with space", "-leading", "trailing-", "double--hyphen",
            "under_score", "dot.s", "../etc", "ß", "a".repeat(201)}) {
            assertFalse(Slugs.isValid(slug), slug);
        }
        assertFalse(Slugs.isValid(null));
        assertTrue(Slugs.isValid("a-1-b"));
    }
}
