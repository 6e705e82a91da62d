package org.educa.business.admin;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.educa.model.Subject;

/**
 * Slugs made from titles: "Éléments d'Algèbre" becomes {@code elements-d-algebre}. Only lower-case ASCII letters,
 * digits and single hyphens remain, as {@link Subject#SLUG_PATTERN} demands.
 */
public final class Slugs {

    /** What a title without a single usable letter or digit becomes. */
    static final String FALLBACK = "subject";

    private static final Pattern SLUG = Pattern.compile(Subject.SLUG_PATTERN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final String[][] LETTERS = {
        {"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"}, {"ø", "o"}, {"ł", "l"}, {"đ", "d"}, {"ð", "d"}, {"þ", "th"}, {"ı", "i"}
    };

    private Slugs() {
    }

    /** The slug of a title, at most {@code maxLength} characters long. */
    public static String of(String title, int maxLength) {
        String text = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        for (String[] letter : LETTERS) {
            text = text.replace(letter[0], letter[1]);
        }
        String slug = trimHyphens(SEPARATORS.matcher(text).replaceAll("-"));
        if (slug.length() > maxLength) {
            slug = trimHyphens(slug.substring(0, maxLength));
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** The {@code n}-th variant of a slug ({@code n} ≥ 2), {@code base-n}, cut so that it stays within the limit. */
    public static String numbered(String base, int n, int maxLength) {
        String suffix = "-" + n;
        String head = base.length() + suffix.length() > maxLength
                ? trimHyphens(base.substring(0, maxLength - suffix.length()))
                : base;
        return head + suffix;
    }

    public static boolean isValid(String slug, int maxLength) {
        return slug != null && slug.length() <= maxLength && SLUG.matcher(slug).matches();
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
}
