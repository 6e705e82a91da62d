package org.educa.model;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Educa speaks: every text of its pages, messages and mails is in the bundle {@code org.educa.messages}
 * of each (faces-config lists the same). English is the default, for a browser that asks for none of them.
 */
public enum Language {
    ENGLISH("en"),
    SPANISH("es");

    public static final Language DEFAULT = ENGLISH;

    private final Locale locale;

    Language(String tag) {
        this.locale = Locale.forLanguageTag(tag);
    }

    public String tag() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    /** The language of this tag ({@code es}, {@code es-MX}, {@code ES}), if Educa speaks it. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return Arrays.stream(values()).filter(each -> each.tag().equals(language)).findFirst();
    }

    /** The first of the browser's languages (in its order of preference) that Educa speaks, else the default. */
    public static Language preferred(Enumeration<Locale> asked) {
        while (asked != null && asked.hasMoreElements()) {
            Optional<Language> spoken = of(asked.nextElement().toLanguageTag());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return DEFAULT;
    }

    public static List<Language> all() {
        return List.of(values());
    }
}
