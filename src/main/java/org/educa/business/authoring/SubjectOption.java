package org.educa.business.authoring;

import java.io.Serializable;

/** A subject as the course form's select offers it. */
public record SubjectOption(Long id, String title) implements Serializable {
}
