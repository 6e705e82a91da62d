package org.educa.business.authoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.educa.model.Course;
import org.educa.model.Subject;

/** The rules for the short names in course addresses ({@code /course/python-for-beginners/}). */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile(Subject.SLUG_PATTERN);

    private Slugs() {
    }

    /** A slug made from a title: "Café & Crème 101" becomes "cafe-creme-101"; empty when nothing usable is left. */
    public static String suggest(String title) {
        if (title == null) {
            return "";
        }
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > Course.SLUG_MAX) {
            slug = slug.substring(0, Course.SLUG_MAX).replaceAll("-+$", "");
        }
        return slug;
    }

    /** Lower-case letters and digits in groups joined by single hyphens, at most {@value Course#SLUG_MAX} long. */
    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= Course.SLUG_MAX && VALID.matcher(slug).matches();
    }
}
