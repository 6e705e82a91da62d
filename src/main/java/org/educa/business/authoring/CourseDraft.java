package org.educa.business.authoring;

import java.io.Serializable;

/** What the course form edits; the owner is never part of it. */
public record CourseDraft(Long subjectId, String title, String slug, String overview) implements Serializable {
}
