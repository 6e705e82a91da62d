package org.educa.view.catalog;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.educa.business.catalog.Covered;

/**
 * A course's cover as the pages draw it: its image (its content hash in the path, {@code CoverServlet}), or for a
 * course without one the placeholder — the initials of its title on its subject's colour, one of a small fixed palette
 * chosen by the subject's slug, each dark enough for white text (AA contrast, 4.5:1 or more; the colours are in
 * educa.css as {@code .cover-tone-0} to {@code -7}). Decorative either way: the course's title is next to it, so the
 * image has empty alt text and the placeholder is hidden from screen readers. Drawn by {@link CourseGrid} for each card
 * and by {@code <e:cover>} ({@link Cover}) on the other pages.
 */
final class Covers {

    static final int TONES = 8;

    /** What separates the words of a title, compiled once for the many cards of a page. */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Covers() {
    }

    /**
     * Writes the cover of the course, sized by {@code size} ({@code card} or {@code overview}, the CSS class
     * {@code cover-<size>}); the writer escapes every text and attribute.
     */
    static void write(ResponseWriter out, UIComponent component, String contextPath, Covered course, String size)
            throws IOException {
        if (course.image() != null && !course.image().isEmpty()) {
            out.startElement("img", component);
            out.writeAttribute("class", "cover cover-" + size, null);
            out.writeAttribute("src", contextPath + path(course.id(), course.image()), null);
            out.writeAttribute("alt", "", null);
            out.writeAttribute("loading", "lazy", null);
            out.endElement("img");
        } else {
            out.startElement("div", component);
            out.writeAttribute("class", "cover cover-" + size + " cover-placeholder " + tone(course.subjectSlug()), null);
            out.writeAttribute("aria-hidden", "true", null);
            out.startElement("span", component);
            out.writeText(initials(course.title()), null);
            out.endElement("span");
            out.endElement("div");
        }
    }

    /** The path of a course's cover image below the context path, by its stored name (the hash and the extension). */
    static String path(long courseId, String image) {
        return "/media/covers/" + courseId + "/" + image;
    }

    /** The CSS class of the subject's colour: the same for every course of the subject, on every member. */
    static String tone(String subjectSlug) {
        return "cover-tone-" + Math.floorMod(subjectSlug == null ? 0 : subjectSlug.hashCode(), TONES);
    }

    /** The first letters of the title's first two words, in capitals ("Python for Beginners": "PF"). */
    static String initials(String title) {
        if (title == null) {
            return "";
        }
        return Arrays.stream(BETWEEN_WORDS.split(title.trim()))
                .filter(word -> !word.isEmpty())
                .limit(2)
                .map(word -> new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
