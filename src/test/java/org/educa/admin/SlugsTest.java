package org.educa.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.educa.business.admin.Slugs;
import org.educa.model.Course;
import org.educa.model.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs made from subject and course titles. */
class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Mathematics|mathematics",
        "Computer Science|computer-science",
        "  Linear   Algebra  |linear-algebra",
        "Éléments d'Algèbre|elements-d-algebre",
        "Straße & Ölförderung|strasse-olforderung",
        "Cæsar, Œuvres, Øresund, Łódź|caesar-oeuvres-oresund-lodz",
        "C++ / C# -- 101|c-c-101",
        "<b>Bold</b> 'title'|b-bold-b-title",
        "'; DROP TABLE subject; --|drop-table-subject",
        "ﬁnance ①|finance-1",
        "---Already-a-slug---|already-a-slug"
    })
    void titlesBecomeLowerCaseAsciiWordsJoinedByHyphens(String title, String slug) {
        assertEquals(slug, Slugs.of(title, Subject.SLUG_MAX));
        assertTrue(Slugs.isValid(slug, Subject.SLUG_MAX), slug);
    }

    @Test
    void titlesWithoutLettersOrDigitsGiveNoSlugAndTheCallerChooses() {
        for (String title : new String[] {"", "   ", "!!!", "日本語", "Ελληνικά", null}) {
            assertEquals("", Slugs.of(title, Subject.SLUG_MAX), title);
        }
        assertFalse(Slugs.isValid("", Subject.SLUG_MAX));
    }

    @Test
    void longTitlesAreCutWithoutATrailingHyphen() {
        assertEquals("word-word-word-word", Slugs.of("word ".repeat(100), 20));
        assertEquals("word-word-word-word-wo", Slugs.of("word ".repeat(100), 22));
        assertEquals("a", Slugs.of("a-b", 2));
        assertEquals(199, Slugs.of("a".repeat(199) + " bcd", Course.SLUG_MAX).length());
        assertThrows(IllegalArgumentException.class, () -> Slugs.of("a", 0));
    }

    @Test
    void courseTitlesBecomeTheSlugsAuthoringSuggests() {
        assertEquals("python-for-beginners", Slugs.of("Python for Beginners", Course.SLUG_MAX));
        assertEquals("cafe-creme-101", Slugs.of("  Café & Crème: 101! ", Course.SLUG_MAX));
        assertEquals("calculus-i-limits", Slugs.of("Calculus I -- Limits", Course.SLUG_MAX));
        assertEquals("unicode-mega-42", Slugs.of("Ünïcödé Ωmega 42", Course.SLUG_MAX));
    }

    @Test
    void numberedVariantsStayWithinTheLimitAndValid() {
        assertEquals("music-2", Slugs.numbered("music", 2, Subject.SLUG_MAX));
        assertEquals("music-13", Slugs.numbered("music", 13, Subject.SLUG_MAX));
        String cut = Slugs.numbered("abcd-efgh", 2, 7);
        assertEquals("abcd-2", cut);
        assertTrue(Slugs.isValid(cut, 7));
        String full = Slugs.numbered("a".repeat(200), 10, 200);
        assertEquals(200, full.length());
        assertTrue(Slugs.isValid(full, 200));
        assertEquals("a-2", Slugs.numbered("a-b", 2, 3));
    }

    @Test
    void noVariantIsMadeThatCouldNotBeValid() {
        assertThrows(IllegalArgumentException.class, () -> Slugs.numbered("abc", 10, 3), "no room for the base");
        assertThrows(IllegalArgumentException.class, () -> Slugs.numbered("", 2, 200), "no base");
        assertThrows(IllegalArgumentException.class, () -> Slugs.numbered("Not A Slug", 2, 200));
        assertThrows(IllegalArgumentException.class, () -> Slugs.numbered("music", 1, 200));
    }

    @Test
    void validationFollowsTheSlugPattern() {
        assertTrue(Slugs.isValid("a-b-1", 200));
        assertFalse(Slugs.isValid("A-b", 200));
        assertFalse(Slugs.isValid("a--b", 200));
        assertFalse(Slugs.isValid("-a", 200));
        assertFalse(Slugs.isValid("a b", 200));
        assertFalse(Slugs.isValid("", 200));
        assertFalse(Slugs.isValid(null, 200));
        assertFalse(Slugs.isValid("abc", 2));
    }
}
