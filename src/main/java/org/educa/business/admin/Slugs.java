package org.educa.business.admin;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.educa.model.Subject;

/**
 * The short names in Educa's addresses ({@code /course/subject/algebra/}, {@code /course/python-for-beginners/}):
 * lower-case ASCII letters and digits in groups joined by single hyphens ({@link Subject#SLUG_PATTERN}), never longer
 * than the column they go into. "Éléments d'Algèbre" becomes {@code elements-d-algebre}. The rule for subjects and
 * courses alike; what a title without a usable letter becomes is the caller's choice.
 */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile(Subject.SLUG_PATTERN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    /** Letters that decomposition leaves as they are, with their usual spelling in ASCII. */
    private static final Map<String, String> LETTERS = Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l",
            "đ", "d", "ð", "d", "þ", "th", "ı", "i", "ħ", "h");

    private Slugs() {
    }

    /**
     * The slug of a title, at most {@code maxLength} characters long (cut at a group's end if need be, never leaving a
     * hyphen at the end); empty when the title has no letter or digit that ASCII can spell.
     */
    public static String of(String title, int maxLength) {
        requirePositive(maxLength);
        String text = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : LETTERS.entrySet()) {
            text = text.replace(letter.getKey(), letter.getValue());
        }
        return cut(trimHyphens(SEPARATORS.matcher(text).replaceAll("-")), maxLength);
    }

    /**
     * The {@code n}-th variant ({@code n} ≥ 2) of a valid slug, {@code base-n}, its base cut so that the whole stays
     * within {@code maxLength}.
     *
     * @throws IllegalArgumentException when the base is no valid slug or {@code -n} alone leaves no room for it
     */
    public static String numbered(String base, int n, int maxLength) {
        String suffix = "-" + n;
        if (!isValid(base, Integer.MAX_VALUE) || n < 2 || suffix.length() >= maxLength) {
            throw new IllegalArgumentException("No variant " + n + " of '" + base + "' within " + maxLength);
        }
        return cut(base, maxLength - suffix.length()) + suffix;
    }

    public static boolean isValid(String slug, int maxLength) {
        return slug != null && slug.length() <= maxLength && SLUG.matcher(slug).matches();
    }

    /** A slug (or the empty text) at most {@code maxLength} long, without a hyphen at its end. */
    private static String cut(String slug, int maxLength) {
        return slug.length() <= maxLength ? slug : trimHyphens(slug.substring(0, maxLength));
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    private static void requirePositive(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("No slug fits in " + maxLength + " characters");
        }
    }
}
