package org.educa.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four kinds of content item, named as they appear in URLs ({@code /content/text/create/}). */
public enum ContentKind {
    TEXT,
    FILE,
    IMAGE,
    VIDEO;

    /** Discriminator values stored in {@code content.kind}. */
    public static final String TEXT_VALUE = "TEXT";
    public static final String FILE_VALUE = "FILE";
    public static final String IMAGE_VALUE = "IMAGE";
    public static final String VIDEO_VALUE = "VIDEO";

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContentKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
    }

    /** Whether items of this kind keep an uploaded file. */
    public boolean isStored() {
        return this == FILE || this == IMAGE;
    }
}
