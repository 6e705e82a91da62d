package org.educa.business.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule that turns text into search terms, for the texts that are indexed and for the words a visitor types
 * alike: letters and digits only (anything else separates words), lower case, without accents ("Álgebra" becomes
 * "algebra"), each word cut at {@value #TERM_MAX} characters. bench/generator/Generate.java repeats it for the
 * courses it writes.
 */
public final class SearchWords {

    /** The longest term kept; longer words are cut, the same way in the index and in a query, so they still match. */
    public static final int TERM_MAX = 40;
    /** The most words a query uses; further words are ignored. */
    public static final int QUERY_MAX_WORDS = 8;
    /** How much of a query is read at all: enough for {@value #QUERY_MAX_WORDS} words of any sensible length. */
    public static final int QUERY_MAX_CHARS = 400;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The distinct terms of a text, in the order they first appear. */
    public static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        for (String word : SEPARATORS.split(plain.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                terms.add(cut(word));
            }
        }
        return terms;
    }

    /**
     * The words of a query, as terms: at most {@value #QUERY_MAX_WORDS} distinct ones, from the first
     * {@value #QUERY_MAX_CHARS} characters. Empty when nothing in it is a letter or a digit.
     */
    public static List<String> query(String text) {
        if (text == null) {
            return List.of();
        }
        String read = text.length() > QUERY_MAX_CHARS ? text.substring(0, QUERY_MAX_CHARS) : text;
        List<String> words = new ArrayList<>(terms(read));
        return List.copyOf(words.subList(0, Math.min(words.size(), QUERY_MAX_WORDS)));
    }

    private static String cut(String word) {
        if (word.length() <= TERM_MAX) {
            return word;
        }
        int end = TERM_MAX;
        if (Character.isHighSurrogate(word.charAt(end - 1))) {
            end--; // never half a character
        }
        return word.substring(0, end);
    }
}
