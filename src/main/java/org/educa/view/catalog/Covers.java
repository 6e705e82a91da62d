package org.educa.view.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * What the pages need to show a course's cover: the URL of its image (its content hash in the path, {@code
 * CoverServlet}), or for a course without one the placeholder — the initials of its title on its subject's colour,
 * one of a small fixed palette chosen by the subject's slug, each dark enough for white text (AA contrast, 4.5:1 or
 * more; the colours are in educa.css as {@code .cover-tone-0} to {@code -7}).
 */
@Named("covers")
@ApplicationScoped
public class Covers {

    static final int TONES = 8;

    /** The URL of a course's cover image, by its stored name (the content hash and the extension). */
    public String url(long courseId, String image) {
        return Faces.getRequestContextPath() + path(courseId, image);
    }

    /** {@link #url(long, String)} without the context path, for {@code CourseGrid}, which has it at hand. */
    static String path(long courseId, String image) {
        return "/media/covers/" + courseId + "/" + image;
    }

    /** The CSS class of the subject's colour: the same for every course of the subject, on every member. */
    public String tone(String subjectSlug) {
        return toneOf(subjectSlug);
    }

    /** {@link #tone(String)} for Java callers. */
    static String toneOf(String subjectSlug) {
        return "cover-tone-" + Math.floorMod(subjectSlug == null ? 0 : subjectSlug.hashCode(), TONES);
    }

    /** The first letters of the title's first two words, in capitals ("Python for Beginners": "PF"). */
    public static String initials(String title) {
        if (title == null) {
            return "";
        }
        return Arrays.stream(title.trim().split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(2)
                .map(word -> new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }

    /** For EL: {@link #initials(String)}. */
    public String initialsOf(String title) {
        return initials(title);
    }
}
