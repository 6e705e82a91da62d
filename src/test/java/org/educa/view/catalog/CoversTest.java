package org.educa.view.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The covers' placeholders: the title's initials, and the subject's colour from a palette fit for white text. */
class CoversTest {

    @Test
    void initialsAreTheFirstLettersOfTheFirstTwoWords() {
        assertEquals("PF", Covers.initials("Python for Beginners"));
        assertEquals("CI", Covers.initials("Calculus I: Limits and Derivatives"));
        assertEquals("ÉA", Covers.initials("  économie appliquée"));
        assertEquals("J", Covers.initials("Jakarta"));
        assertEquals("3D", Covers.initials("«3D» design"));
        assertEquals("", Covers.initials("  ...  "));
        assertEquals("", Covers.initials(null));
    }

    @Test
    void everySubjectHasOneOfThePalettesTonesAlways() {
        Set<String> tones = new HashSet<>();
        for (String slug : new String[] {"mathematics", "music", "physics", "programming", "chemistry", "biology",
            "history", "art", "law", "design", "x", ""}) {
            String tone = Covers.tone(slug);
            assertTrue(tone.matches("cover-tone-[0-7]"), tone);
            assertEquals(tone, Covers.tone(slug), "the same subject, the same colour");
            tones.add(tone);
        }
        assertTrue(tones.size() >= 4, "subjects spread over the palette: " + tones);
    }

    /** Each tone in educa.css carries white text at 4.5:1 or more (WCAG AA for any text size). */
    @Test
    void everyToneIsDarkEnoughForWhiteText() throws Exception {
        String css = Files.readString(Path.of("src/main/webapp/resources/educa/educa.css"));
        Matcher tone = Pattern.compile("\\.cover-tone-(\\d) \\{ background: #([0-9a-fA-F]{6}); }").matcher(css);
        int found = 0;
        while (tone.find()) {
            found++;
            int rgb = Integer.parseInt(tone.group(2), 16);
            double contrast = 1.05 / (luminance(rgb) + 0.05);
            assertTrue(contrast >= 4.5, "tone " + tone.group(1) + ": " + contrast);
        }
        assertEquals(Covers.TONES, found, "a colour for every tone");
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
