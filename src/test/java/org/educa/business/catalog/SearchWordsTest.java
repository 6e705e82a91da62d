package org.educa.business.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void termsAreLowerCaseWithoutAccentsAndOnlyLettersAndDigits() {
        assertEquals(Set.of("algebra", "lineal", "para", "todos", "2"), SearchWords.terms("Álgebra LINEAL, para todos (2)!"));
        assertEquals(List.of("creme", "brulee", "naive", "sao", "paulo"),
                List.copyOf(SearchWords.terms("Crème brûlée — naïve São-Paulo")));
        assertEquals(Set.of("c", "programming"), SearchWords.terms("C++ programming"));
        assertEquals(Set.of("курс", "עברית", "数学入门"), SearchWords.terms("Курс עברית 数学入门 🎉"));
    }

    @Test
    void hostileTextGivesOnlyWords() {
        assertEquals(List.of("script", "alert", "1"), SearchWords.query("<script>alert(1)</script>"));
        assertEquals(List.of("or", "1"), SearchWords.query("' OR 1=1 --"));
        assertEquals(List.of("50", "off"), SearchWords.query("50% off_\\"));
        assertEquals(List.of(), SearchWords.query("   "));
        assertEquals(List.of(), SearchWords.query("%_\\'\"<>;"));
        assertEquals(List.of(), SearchWords.query("🎉🚀 ✨"));
        assertEquals(List.of(), SearchWords.query(null));
    }

    @Test
    void queriesAreCappedInWordsAndLength() {
        assertEquals(SearchWords.QUERY_MAX_WORDS, SearchWords.query("a b c d e f g h i j k l").size());
        assertEquals(List.of("a", "b"), SearchWords.query("a b a B á"), "distinct words");
        String longWord = "x".repeat(2000);
        assertEquals(List.of("x".repeat(SearchWords.TERM_MAX)), SearchWords.query(longWord));
        assertEquals(SearchWords.terms(longWord), Set.copyOf(SearchWords.query(longWord)), "cut alike in index and query");
        String manyWords = "word ".repeat(400) + "late";
        assertTrue(!SearchWords.query(manyWords).contains("late"), "only the first characters are read");
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String word = "a".repeat(SearchWords.TERM_MAX - 1) + "𝐀𝐀"; // mathematical letters: two UTF-16 units each
        String cut = SearchWords.terms(word).iterator().next();
        assertEquals(SearchWords.TERM_MAX - 1, cut.length());
    }

    @Test
    void prefixesEndBeforeTheNextCharacter() {
        assertEquals(Optional.of("alh"), SearchStatement.after("alg"));
        assertEquals(Optional.of("a:"), SearchStatement.after("a9"));
        assertEquals(Optional.empty(), SearchStatement.after("a"), "one character: a whole term");
        assertEquals(Optional.of("x\uD835\uDC01"), SearchStatement.after("x\uD835\uDC00"), "by code point");
    }
}
