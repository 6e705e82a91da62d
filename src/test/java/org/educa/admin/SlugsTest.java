package org.educa.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.educa.business.admin.Slugs;
import org.educa.model.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs made from subject titles. */
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
    void titlesWithoutLettersOrDigitsStillGetAValidSlug() {
        for (String title : new String[] {"", "   ", "!!!", "日本語", "Ελληνικά", null}) {
            String slug = Slugs.of(title, Subject.SLUG_MAX);
            assertEquals("subject", slug);
            assertTrue(Slugs.isValid(slug, Subject.SLUG_MAX));
        }
    }

    @Test
    void longTitlesAreCutWithoutATrailingHyphen() {
        assertEquals("word-word-word-word", Slugs.of("word ".repeat(100), 20));
        assertEquals("word-word-word-word-wo", Slugs.of("word ".repeat(100), 22));
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
